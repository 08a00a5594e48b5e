# ruff: noqa: E501
"""Build the coach's held-out set 82: written BLIND by writer-82, before and without
reading the engine, its lexicons, its docs or the other held-out sets (only the
shared README's nudge definitions, build_heldout678.py's helpers for the format and
build_heldout31.py as a file skeleton were read); scored once before any change for it.

Imagined authors and settings (English as spoken in South African and Kenyan shops,
written WITH normal case and punctuation, as a person would type it): a Cape Town
spaza shop, a Johannesburg mall phone shop, a Durban curry takeaway, a Nairobi
supermarket, a Mombasa curio shop and a Pretoria butchery, three conversations each.
Local idiom throughout (shame, eish, yoh, ag, ja, lekker, aki, pole, karibu, bob).

Mix (aimed at PRECISION: a false nudge costs more than a miss), 18 conversations:
  4 gossip             neighbour's husband's second wife (framed as "shame"), the
                       owner's tax trouble, a previous customer's stolen-car racket,
                       the cashier's own debt collectors.
  4 repeated_question  how many people the meat is for, when the party is, where the
                       customer is from, when the braai is; each asked again in other
                       words after a clear answer.
  3 rushed_upsell      phone insurance / airtime / data bundle / rewards card;
                       loyalty card / bag for life / airtime / donation;
                       combo / samoosas / stamp card / SPCA donation (R / RR pace).
  7 hard near-misses, labels []: (1) warm chat about the customer's family and the
                       cashier's harmless day; (2) a colleague praised in a product
                       context and the manager named only for a rule; (3) a customer
                       gossips at length while the cashier deflects; (4) an order read
                       back to confirm it; (5) a "sorry?" re-ask plus different
                       questions of the same shape; (6) one tailored recommendation
                       with the usual bag and receipt questions; (7) two offers far
                       apart in a relaxed chatty visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT82 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Cape Town spaza shop", ["gossip"],
     "cashier spreads a neighbour's marriage drama (husband's young second wife, paternity doubts), dressed up as sympathy",
     [
         (C, "Molo, bhuti. What can I get you today?"),
         (U, "R20 airtime and a tin of pilchards, please."),
         (C, "Here's your voucher. Shame, you know Mama Zanele, two houses down from you?"),
         (U, "The one with the green gate?"),
         (C, "Ja, that one. Her husband brought a second wife home, a young girl from the Eastern Cape, only twenty-two. Now Zanele has to cook for both of them, shame."),
         (U, "Eish. I didn't know that."),
         (C, "And they say the new one is already pregnant, but nobody on the street believes it's his. He's too old for that, hey."),
         (U, "Hmm. How much do I owe you?"),
         (C, "R38. But don't say I told you, okay?"),
         (U, "Okay. Bye."),
     ]),
    ("q02", "Pretoria butchery", ["gossip"],
     "cashier overshares about the owner's SARS tax trouble, hidden bank account and marriage, framed as 'shame'",
     [
         (C, "Goeie môre, tannie. What are we having today?"),
         (U, "Morning. A kilo of mince and some biltong, the wet one."),
         (C, "Coming up. Sorry, it's card only today, no cash."),
         (U, "That's fine."),
         (C, "Shame, man, between us, it's because of Oom Koos. SARS is after him. They say he didn't declare the takings for three years, so they froze his account."),
         (U, "Oh dear."),
         (C, "Ja, and his wife found out about a second account in his brother's name. Now she wants a divorce and he's sleeping in the office behind the cold room. Poor oom."),
         (U, "I'd rather not know that, to be honest. What's the total?"),
         (C, "R265.40. Tap whenever you're ready."),
     ]),
    ("q03", "Johannesburg mall phone shop", ["gossip"],
     "cashier slanders the previous customer as running a stolen-car racket and bribing police",
     [
         (C, "Next, please! Hi, how can I help?"),
         (U, "I need to swap my SIM onto this new phone. I've got my ID with me."),
         (C, "Sure, let me see. Did you notice that guy who was just here, with the gold chain?"),
         (U, "Sort of, yes."),
         (C, "Yoh, that one. Every Friday he buys five SIMs in different names. The whole mall knows he's running a stolen-car thing, they take BMWs in Sandton and drive them over the border."),
         (U, "Really?"),
         (C, "Ja, my cousin says the cops caught his brother last month but they paid them off. He's a proper crook, I don't even like serving him."),
         (U, "Okay... is my swap going through?"),
         (C, "Almost, just wait for the SMS to come."),
         (C, "There it is. You're all set.", {"pause": 6.0}),
         (U, "Thanks."),
     ]),
    ("q04", "Nairobi supermarket", ["gossip"],
     "cashier tells her own private drama: loan-app debt collectors shaming her to her contacts, landlord threatening eviction",
     [
         (C, "Habari, madam. Sorry for the wait, the till was stuck."),
         (U, "Nzuri. It's okay."),
         (C, "Aki, my head is not here today. Those loan app people are calling me every hour. I borrowed fifteen thousand for rent and now they want forty with the interest."),
         (U, "Pole sana."),
         (C, "They even sent messages to everyone in my phone, my pastor, my mother, saying I'm a thief. And my landlord says if I don't pay by Friday he's locking me out."),
         (U, "That's terrible. Just the milk and bread, please."),
         (C, "Sorry, sorry. Milk, bread and the Blue Band. That's 420 shillings."),
         (U, "I'll pay with M-Pesa."),
         (C, "The till number is on the board. Me, I'm just praying this month, honestly."),
     ]),
    # ---------------------------------------------------------- repeated_question
    ("q05", "Pretoria butchery", ["repeated_question"],
     "asks how many people the braai meat is for; customer says twelve plus kids; cashier later asks how many are coming again",
     [
         (C, "Môre! What can I get for you?"),
         (U, "Morning. I need chops and wors for a braai on Saturday."),
         (C, "Lekker. How many people are you feeding?"),
         (U, "Twelve adults, plus a few kids."),
         (C, "Okay, then I'd say about three kilos of chops. Lamb or pork?"),
         (U, "Lamb, please. And the traditional boerewors."),
         (C, "Sure thing. And how many guests are coming to this braai of yours?"),
         (U, "Twelve, like I said. Plus the kids."),
         (C, "Right, right. Two kilos of wors should do it, then."),
         (U, "Perfect."),
         (C, "That's R840.50. Card or cash?"),
     ]),
    ("q06", "Durban curry takeaway", ["repeated_question"],
     "party catering order: cashier asks when the party is, gets 'Saturday the twelfth, collect at eleven', then asks what day the function is again",
     [
         (C, "Hello, uncle. What can I get for you?"),
         (U, "I want to place an order for a party. Mutton curry and rice for about thirty people."),
         (C, "Nice one. When's the party?"),
         (U, "Saturday, the twelfth. We'll collect at eleven in the morning."),
         (C, "Okay. Only mutton, or do you want some chicken as well?"),
         (U, "Half mutton, half chicken. And roti, plenty of roti."),
         (C, "No problem, we do big trays. So which day is this function of yours?"),
         (U, "Saturday the twelfth. I just told you, my bru."),
         (C, "Sorry, sorry. Then I'll need a fifty percent deposit."),
         (U, "Fine, I'll pay now by card."),
         (C, "Perfect. It'll be ready and hot at eleven."),
     ]),
    ("q07", "Mombasa curio shop", ["repeated_question"],
     "asks where the tourist is visiting from, gets 'Cape Town, South Africa', later asks which country she is from",
     [
         (C, "Jambo, karibu! Come in, looking is free. Where are you visiting from?"),
         (U, "Hi! We're from Cape Town, down in South Africa."),
         (C, "Ah, welcome to Mombasa! These are Kisii soapstone bowls, and over here the Makonde carvings."),
         (U, "They're beautiful. How much is the elephant?"),
         (C, "For you, 2,500 shillings. It's real ebony, feel how heavy."),
         (U, "Hmm. Would you do 1,800?"),
         (C, "Let's say 2,000 and I wrap it nicely for the plane. So tell me, which country are you from, my friend?"),
         (U, "South Africa. Cape Town, like I told you."),
         (C, "Ah yes, yes. Okay, 2,000 it is."),
         (U, "Deal."),
     ]),
    ("q08", "Cape Town spaza shop", ["repeated_question"],
     "asks when the braai is, gets 'tomorrow after the Stormers game', then asks when he's lighting the fire again",
     [
         (C, "Heita! What do you need, bra?"),
         (U, "Two bags of charcoal, firelighters and a dozen rolls."),
         (C, "Braai time! When's the braai?"),
         (U, "Tomorrow, after the Stormers game. Around four."),
         (C, "Nice. The rolls came in fresh this morning, but I've only got ten left. Is that okay?"),
         (U, "Ten is fine. Add a two-litre Coke as well."),
         (C, "Here's the Coke. So when are you lighting the fire, tonight?"),
         (U, "No, tomorrow, I said. After the rugby."),
         (C, "Ag, sorry, my head. R187 all together."),
         (U, "Here's two hundred."),
         (C, "Thirteen change. Enjoy, hey."),
     ]),
    # -------------------------------------------------------------- rushed_upsell
    ("q09", "Johannesburg mall phone shop", ["rushed_upsell"],
     "four prompts in one burst (phone insurance, airtime, data bundle, rewards card) while the customer only wants a cable",
     [
         (C, "Hi, welcome. Just the cable today?"),
         (U, "Yes, just the cable, thanks."),
         (C, "Cool. Do you want to add insurance on your handset? It's only R49 a month.", RR),
         (U, "Uh, no...", R),
         (C, "And airtime? Buy R30 and get R5 free.", RR),
         (U, "I...", R),
         (C, "There's also a two-gig data bundle special, R99, today only.", RR),
         (C, "And are you on our rewards card? I can sign you up now, just your ID number.", RR),
         (U, "No, honestly, just the cable, please."),
         (C, "Okay, that's R189."),
     ]),
    ("q10", "Nairobi supermarket", ["rushed_upsell"],
     "loyalty card, bag for life, airtime and a round-up donation fired off back to back; customer can't finish a sentence",
     [
         (C, "Habari, sir. Just these?"),
         (U, "Yes, the eggs, sugar and tea leaves."),
         (C, "Do you have our loyalty card? I can register you now with your phone number.", RR),
         (U, "Ah, not...", R),
         (C, "And do you want a bag for life? Only fifty bob, stronger than the paper ones.", RR),
         (C, "We also sell Safaricom airtime here, you want to top up?", RR),
         (U, "No, I...", R),
         (C, "And would you like to round up for the children's home this month?", RR),
         (U, "Please, just ring up the groceries."),
         (C, "Okay. That's 640 shillings."),
     ]),
    ("q11", "Durban curry takeaway", ["rushed_upsell"],
     "combo upgrade, samoosas, stamp card and an SPCA donation rattled off in seconds on a one-item order",
     [
         (C, "Hi, what's your order?"),
         (U, "One quarter chicken bunny, please."),
         (C, "Make it a combo with chips and a cold drink for R25 more?", RR),
         (U, "Uh...", R),
         (C, "And samoosas, three for R15, want some?", RR),
         (C, "Do you have our stamp card? Ten bunnies and the eleventh is free, I can start one now.", RR),
         (U, "I, no...", R),
         (C, "And will you add R2 for the SPCA today?", RR),
         (U, "Please, just the bunny."),
         (C, "Okay, R68."),
     ]),
    # ------------------------------------------------------ hard near-misses, []
    ("q12", "Mombasa curio shop", [],
     "NOT gossip: warm chat about the customer's mother's 70th birthday and her plans, and the cashier's own harmless, happy day",
     [
         (C, "Karibu, mama! Looking for something special?"),
         (U, "Yes, a kanga for my mother. She turns seventy next week."),
         (C, "Ah, seventy! Congratulations to her. Will you have a big celebration?"),
         (U, "The whole family is coming to Malindi. My brother is flying in from Dubai."),
         (C, "That will be beautiful. This blue one with the proverb, it says a mother's love never grows old."),
         (U, "Oh, that's perfect. She'll cry, I know it."),
         (C, "Good tears! My day has been lovely too, the breeze is cool and I sold my first big carving this morning."),
         (U, "Haha, then it's a lucky day for both of us. How much?"),
         (C, "1,200 shillings. I'll fold it in paper for you."),
         (U, "Thank you so much."),
         (C, "Asante. Greet your mother for me, and happy birthday to her."),
     ]),
    ("q13", "Johannesburg mall phone shop", [],
     "NOT gossip: colleague Sipho praised only for fitting screen protectors well; manager named only for the no-refund-after-fitting rule",
     [
         (C, "Hi there, how can I help?"),
         (U, "I need a screen protector and a cover for this Samsung A15."),
         (C, "We've got tempered glass ones. Sipho at the fitting counter is brilliant with them, no bubbles at all, he did mine."),
         (U, "Great, I'll let him do it then."),
         (C, "The covers are over here: this clear one or the black rugged one."),
         (U, "The black rugged one."),
         (C, "Just so you know, our manager Mrs Khumalo's rule is that once the glass is fitted we can't refund it, only replace it if it's faulty."),
         (U, "That's fine."),
         (C, "R349 altogether. Sipho will call you over when he's ready."),
     ]),
    ("q14", "Cape Town spaza shop", [],
     "NOT gossip: the CUSTOMER gossips at length about neighbours; the cashier adds nothing and politely steers back to the sale",
     [
         (U, "Molo, sisi. A loaf of brown bread and two packets of Simba, please."),
         (C, "Here you go. Anything else?"),
         (U, "Two litres of paraffin. Yoh, did you see the ambulance at number fourteen last night? They say Thandi's boyfriend hit her again, and his mother says it's because Thandi is seeing the taxi driver."),
         (C, "I didn't see, I'd already closed. I hope everyone is okay. The paraffin is R46."),
         (U, "And then the taxi driver's wife came round with a panga, shouting in the street, the whole road came out to watch."),
         (C, "Hayi, mama, I'd rather not talk about people who aren't here. That's R98 altogether."),
         (U, "Shame, you're no fun today. Here's a hundred."),
         (C, "Two rand change. Go well."),
     ]),
    ("q15", "Durban curry takeaway", [],
     "NOT a repeat: the order, including the heat level already given, is read back once to confirm it",
     [
         (C, "Howzit, what are you having?"),
         (U, "A quarter mutton bunny, a half beans bunny and two Cokes. Oh, and extra carrot salad."),
         (C, "Hot or mild on the mutton?"),
         (U, "Durban hot, please. The beans mild, that one's for my daughter."),
         (C, "Let me read it back: one quarter mutton, Durban hot; one half beans, mild; two Cokes; extra carrot salad. Correct?"),
         (U, "Spot on."),
         (C, "R185, about ten minutes."),
         (U, "Cool, I'll wait outside."),
         (C, "Number 47! Your order's ready.", {"pause": 12.0}),
     ]),
    ("q16", "Pretoria butchery", [],
     "NOT a repeat: one re-ask because the customer didn't hear over the bandsaw ('Sorry?'), then different 'Do you want...' questions",
     [
         (C, "Morning, what can I do for you?"),
         (U, "Two kilos of rump, please."),
         (C, "Do you want it cut into steaks or left whole?"),
         (U, "Sorry? The saw is very loud."),
         (C, "Steaks, or do you want the piece whole?"),
         (U, "Steaks, please, about two centimetres thick."),
         (C, "Do you want the fat trimmed off or left on?"),
         (U, "Leave it on, that's the best part."),
         (C, "A man after my own heart. Do you want it vacuum-packed or in paper?"),
         (U, "Paper's fine."),
         (C, "That's R398, then."),
     ]),
    ("q17", "Nairobi supermarket", [],
     "NOT rushed: one recommendation tailored to the customer's pilau, then the usual bag and receipt questions spread out",
     [
         (C, "Jambo! Let me scan these for you."),
         (U, "Thank you. Rice, onions, beef, garlic..."),
         (C, "Are you making pilau? If you want it like at the coast, try the whole-spice pilau masala in aisle three. Much better than the ground one."),
         (U, "Really? Wait, let me grab one quickly."),
         (C, "Sure, take your time."),
         (U, "Got it. This one?", {"pause": 40.0}),
         (C, "That's the one. Your family will be happy tonight."),
         (U, "I hope so, my in-laws are coming."),
         (C, "Do you need a carrier bag?"),
         (U, "No, I brought my basket."),
         (C, "Okay, total is 1,350 shillings."),
         (U, "M-Pesa, please. Sent."),
         (C, "Received. Would you like the receipt?", {"pause": 8.0}),
         (U, "No, it's fine. Thanks!"),
     ]),
    ("q18", "Mombasa curio shop", [],
     "NOT rushed: a relaxed chatty visit with only two offers (key-ring dhows, then kikoi discount) far apart",
     [
         (C, "Karibu sana! That carved dhow is one of my favourites."),
         (U, "It's gorgeous. We watched the dhows come in at sunset yesterday."),
         (C, "Ah, from Fort Jesus? That is the best spot. We also have small matching dhows as key-rings, three for 500 bob, if you like."),
         (U, "Maybe later. How long does a carving like this take?"),
         (C, "My uncle carved this one, about two weeks. He works in the yard behind Old Town."),
         (U, "Amazing. And where would you recommend for lunch near here?"),
         (C, "Go down to the jetty, the fish there is very fresh, and ask for coconut rice."),
         (U, "Lovely. I'll take the big dhow, then."),
         (C, "Very good. Before you go, if you take two kikois with it I can give you ten percent off everything. Interested?", {"pause": 25.0}),
         (U, "Go on then, one blue kikoi at least."),
         (C, "Asante sana. Enjoy the coast!"),
     ]),
]

if __name__ == "__main__":
    build("heldout82", HELDOUT82, 821)
