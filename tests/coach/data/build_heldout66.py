# ruff: noqa: E501
"""Build the coach's held-out set 66: written BLIND by writer-66, before and without reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style and build_heldout678.py's helpers were read, for the format); not scored by its author.

Imagined authors and settings (English-speaking Africa and Singapore, text written
as a person would type it, WITH normal case and punctuation): a Cape Town corner
shop, a Nairobi supermarket (till and bakery counter), a Lagos phone accessory
kiosk, a Singapore hawker drinks stall, a Johannesburg pharmacy and a Durban surf
shop; three conversations each.

Mix (aimed at precision: a false nudge costs more than a miss), 18 conversations:
  4 gossip             previous customer put as a question then a slur; a
                       colleague's romance; the manager's temper at home; the
                       cashier's own family drama.
  4 repeated_question  the customer's work, how they will pay, where they are
                       going, the name for the order; each asked again in other
                       words after a clear answer.
  3 rushed_upsell      three or four local agenda prompts (screen guard, airtime
                       or data bundle, lucky draw, delivery app, loyalty points
                       card and sign-up, charity round-up, vitamin special) in a
                       quick burst (R / RR pace).
  7 unlabelled         hard near-misses: warm chat about the customer's family
                       and the cashier's harmless day; a colleague praised in a
                       product context and the manager named only for a rule; a
                       customer who gossips while the cashier deflects; an order
                       read back to confirm it; a "sorry?" re-ask plus different
                       questions of the same shape; one tailored recommendation
                       with the usual bag and receipt questions; two offers far
                       apart in a relaxed visit (long pause).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT66 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Lagos phone accessory kiosk", ["gossip"],
     "cashier asks whether the customer saw the man who just left, then calls him a scammer and airs his wife's family's business",
     [
         (C, "Good afternoon, sister, you're welcome. What can I get for you?"),
         (U, "Good afternoon. I need an iPhone charger, the original one if you have it."),
         (C, "I have it, original. Ehen, did you see that man in the blue agbada who just left?"),
         (U, "The tall one? Yes, I saw him. Why?"),
         (C, "He just bought three phones, cash, and the man doesn't even work. Everybody on this street knows he's a yahoo boy, all his money is from scamming old women abroad. His wife's people have been begging her to leave him."),
         (U, "Eh. I don't know him at all, o."),
         (C, "I'm telling you, that one is trouble. Anyway, the charger is twelve thousand naira."),
         (U, "Okay, I'll transfer."),
         (C, "The account number is on the board. Thank you, sister."),
     ]),
    ("q02", "Nairobi supermarket till", ["gossip"],
     "cashier tells the customer a colleague is secretly seeing the night guard behind her fiance's back",
     [
         (C, "Habari, madam. Did you find everything?"),
         (U, "Nzuri, thank you. Yes, just these and the Ketepa tea."),
         (C, "Ah, you found the tea. That shelf is Wanjiru's, from till four. You know she's dating the guard from the night shift? And she has a fiance in Nakuru who is paying her college fees! They meet behind the bread crates when the supervisor goes for lunch."),
         (U, "Oh. I really didn't need to know that."),
         (C, "Everyone knows! Her fiance is coming to visit next week, there will be big drama. That's one thousand two hundred and forty shillings."),
         (U, "M-Pesa, please."),
         (C, "Sawa, enter the till number on the sticker."),
         (U, "Done."),
         (C, "Received. Thank you, karibu tena."),
     ]),
    ("q03", "Johannesburg pharmacy", ["gossip"],
     "cashier tells the customer about the store manager's temper at home: smashing plates, the kids sleeping at the neighbours', his wife wanting to leave",
     [
         (C, "Hi, who's next? Are you collecting or dropping off a script?"),
         (U, "Collecting, for Dlamini. Thandi Dlamini."),
         (C, "One minute, let me find it."),
         (C, "Here we go. Sorry about the wait, the manager's in a mood again. Mr Venter shouts at us all day, but you should hear him at home. His wife told my cousin he smashes plates when the Bulls lose, and the kids go sleep at the neighbours' just to get away from him.", {"pause": 5.0}),
         (U, "Eish. Okay. Is it the same dose as last month?"),
         (C, "Same dose, one in the morning with food. Honestly, I feel sorry for that woman. Everyone at church says she's going to leave him before Christmas."),
         (U, "Right. Is it all on the medical aid?"),
         (C, "It's all covered. Just sign here for me."),
         (U, "There you go."),
         (C, "Thanks, Ms Dlamini. Have a good day."),
     ]),
    ("q04", "Singapore hawker drinks stall", ["gossip"],
     "stall auntie unloads her own family drama: brother's gambling debts, loan sharks painting her mother's door, husband threatening divorce",
     [
         (U, "Auntie, one teh-o ice limau and one barley, no sugar."),
         (C, "Okay. Sorry ah, a bit slow today, I didn't sleep the whole night."),
         (U, "Oh no, were you busy?"),
         (C, "Not busy, my brother lah. He owes the loan shark forty thousand from gambling, then last night they came and splashed red paint on my mother's door. She cried until morning. My husband says if I give my brother one more cent he will divorce me."),
         (U, "Aiyo, that's terrible. Sorry to hear that."),
         (C, "Now the police also come and ask questions, the neighbours all looking. Wah, my life. Three dollars sixty."),
         (U, "Here's four."),
         (C, "Forty cents change. Thank you ah."),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Durban surf shop", ["repeated_question"],
     "asks what the customer does for work; she answers clearly (nurse at Addington); later asks what line of work keeps her busy",
     [
         (C, "Morning! Looking for anything in particular?"),
         (U, "Just a new leash. Mine snapped at North Beach yesterday."),
         (C, "Ag, that happens with the shore break there. What do you do when you're not in the water?"),
         (U, "I'm a nurse at Addington Hospital, so I surf before my shifts."),
         (C, "Nice, you get the glassy mornings then. This seven-foot leash suits most shortboards."),
         (U, "Perfect, I'll take it."),
         (C, "Three hundred and twenty rand. So what kind of work keeps you out of the sea during the week?"),
         (U, "Nursing. At Addington. I just told you."),
         (C, "Ha, sorry, my head's still out in the waves. Card or cash?"),
         (U, "Card."),
         (C, "All done. Go well."),
     ]),
    ("q06", "Cape Town corner shop", ["repeated_question"],
     "asks cash or card, the customer clearly says card; at the total asks again how she is settling, notes or the machine",
     [
         (C, "Howzit! Just the bread and the milk?"),
         (U, "And a packet of Simba, the chutney ones."),
         (C, "Sure. Cash or card today?"),
         (U, "Card, please. I don't have any change on me at all."),
         (C, "Nobody does these days. Busy morning?"),
         (U, "Not too bad. I'm just off to fetch my son from school."),
         (C, "Okay, that's forty-two rand fifty. How are you settling it, notes or the machine?"),
         (U, "The card, please. Same as I said."),
         (C, "Oh, sorry, here's the machine. Just tap."),
         (U, "Thanks. Cheers."),
     ]),
    ("q07", "Singapore hawker drinks stall", ["repeated_question"],
     "asks where the customer is going; he clearly says Changi airport for a flight; after paying asks where he's heading now",
     [
         (U, "Uncle, one kopi-c siew dai, takeaway."),
         (C, "Okay. So early, you going where after this?"),
         (U, "Going to Changi, I have a flight to Perth at nine."),
         (C, "Wah, nice. Holiday or work?"),
         (U, "Holiday, visiting my sister."),
         (C, "Good, good. One eighty."),
         (U, "Here, exact."),
         (C, "Okay, your kopi. So where you heading to now?"),
         (U, "The airport lah, uncle. I told you just now."),
         (C, "Aiyo, sorry, sorry, old already. Safe flight ah."),
     ]),
    ("q08", "Nairobi supermarket bakery counter", ["repeated_question"],
     "asks the name for the cake order, clearly given (Brian Odhiambo); after the deposit asks again for the name on the order",
     [
         (C, "Karibu. Are you collecting or ordering today?"),
         (U, "Ordering. A chocolate cake for Saturday, the two kilo one."),
         (C, "Sawa. What name should I put the order under?"),
         (U, "Odhiambo. Brian Odhiambo."),
         (C, "And what should we write on the top?"),
         (U, "Happy 10th Birthday, Zawadi."),
         (C, "Lovely. You can pick it up after ten on Saturday. The deposit is five hundred shillings, M-Pesa or cash?"),
         (U, "M-Pesa."),
         (C, "Okay, send it to the till number on the card. And the name on the order, please?"),
         (U, "Odhiambo, I gave it already. Brian Odhiambo."),
         (C, "Ah yes, sorry. Here's your slip."),
     ]),
    # ----------------------------------------------------- rushed_upsell
    ("q09", "Lagos phone accessory kiosk", ["rushed_upsell"],
     "screen guard, airtime bundle, lucky draw with phone number, delivery app, fired one after another",
     [
         (U, "Good morning. How much is this power bank, the ten thousand one?"),
         (C, "Fifteen thousand. Will you add a screen guard? It's only two thousand today, I can fix it for you now now.", RR),
         (U, "No, I'm fine.", R),
         (C, "Okay, do you want an airtime bundle? MTN, Glo, Airtel, any one, I can load it for you.", R),
         (U, "No.", R),
         (C, "Then enter our lucky draw, anybody who buys above ten thousand can win a phone. Just give me your number.", R),
         (U, "I just want the-", R),
         (C, "And download our delivery app, we bring accessories straight to your office, first order is free delivery.", R),
         (U, "Abeg, just the power bank."),
         (C, "Okay o. Fifteen thousand."),
     ]),
    ("q10", "Nairobi supermarket till", ["rushed_upsell"],
     "loyalty points card, sign-up with phone number, charity round-up, data bundle with purchase, one after another",
     [
         (U, "Just these, please."),
         (C, "Do you have our loyalty points card?", RR),
         (U, "No.", R),
         (C, "You can sign up now, it's free, just your phone number.", R),
         (U, "Not today.", R),
         (C, "Would you like to round up to the nearest ten shillings for the children's home?", R),
         (U, "Er-", R),
         (C, "And we have a Safaricom data bundle offer, one gig for ninety-nine bob with any purchase above one thousand.", R),
         (U, "No, thank you. I just want to pay."),
         (C, "Eight hundred and sixty. M-Pesa?"),
         (U, "Yes."),
     ]),
    ("q11", "Johannesburg pharmacy", ["rushed_upsell"],
     "rewards card, sign-up with ID and cell, vitamin two-for-one, cancer round-up, all in one burst",
     [
         (U, "Hi, just the Panado and the plasters, please."),
         (C, "Do you have our health rewards card?", RR),
         (U, "No.", R),
         (C, "Want to sign up? Just your ID number and your cell.", R),
         (U, "Not now, thanks.", R),
         (C, "We've got vitamin C on special, two for one, it's flu season.", R),
         (U, "I'm fine.", R),
         (C, "And would you like to round up to the nearest rand for the cancer association?", R),
         (U, "No. Just ring it up, please."),
         (C, "Sixty-four ninety-nine."),
         (U, "Card."),
     ]),
    # --------------------------------------------------------- near-misses
    ("q12", "Cape Town corner shop", [],
     "NOT gossip: warm chat about the customer's granddaughter's birthday and the cashier's ordinary early start; no third party, no drama",
     [
         (C, "Morning, Auntie Fatima! Just the bread today?"),
         (U, "Two loaves, and the eggs. My granddaughter turns six on Sunday, so I'm baking."),
         (C, "Six already! What are you making for her?"),
         (U, "A pink cake with sprinkles. She wants a unicorn on top, and her mother is coming down from Joburg too."),
         (C, "She's going to love it. These eggs came in fresh this morning, so you're in luck."),
         (U, "And how's your day going, my boy?"),
         (C, "Quiet, thank goodness. I opened at six for the bread van and I've been on rooibos ever since. Can't complain."),
         (U, "Good. How much do I owe you?"),
         (C, "Fifty-eight rand."),
         (U, "Here you go."),
         (C, "Thanks, Auntie. Happy birthday to the little one!"),
     ]),
    ("q13", "Durban surf shop", [],
     "NOT gossip: colleague Sipho praised as the board expert; manager named only for the exchange rule",
     [
         (U, "Hi, I'm looking at this seven-two funboard. Would it work for a beginner?"),
         (C, "It's a good shape for learning. Actually, Sipho over there shapes most of our boards, he's brilliant with beginners. He'll tell you what volume you need."),
         (U, "Great, I'll ask him."),
         (C, "So, did Sipho sort you out?", {"pause": 45.0}),
         (U, "He did, he said go for the seven-two. Can I bring it back if it doesn't work for me?"),
         (C, "Our manager, Mr Govender, has a rule: exchanges within seven days, but no refunds once it's been waxed. So give it a try before you wax it."),
         (U, "Fair enough. I'll pay by card."),
         (C, "Four thousand two hundred rand, thanks. Enjoy the water."),
     ]),
    ("q14", "Cape Town corner shop", [],
     "NOT gossip: the CUSTOMER gossips about the neighbours at number twelve; the cashier politely deflects and never joins in",
     [
         (U, "Hi. Did you hear about the people at number twelve? The police came last night. Apparently he's been selling stolen car radios out of the garage."),
         (C, "Hmm, I wouldn't know about that. Was it just the milk and the bread?"),
         (U, "And the Oros. And his wife, she's been seen with the man from the taxi rank. The whole road is talking."),
         (C, "People do talk a lot around here. Do you want the two-litre Oros or the small one?"),
         (U, "The two-litre. You must have heard something, they shop here every day!"),
         (C, "They're always friendly to me, that's all I know. That's sixty-four rand."),
         (U, "Hmm, you're no fun. Here's seventy."),
         (C, "Six rand change. Have a good afternoon."),
     ]),
    ("q15", "Singapore hawker drinks stall", [],
     "NOT a repeat: the order is read back once to confirm it; the sweetness question is a different question",
     [
         (C, "Yes, boss, what you want?"),
         (U, "Two kopi-o kosong, one teh peng, one Milo dinosaur and one lime juice. All takeaway."),
         (C, "Okay, so two kopi-o kosong, one teh peng, one Milo dinosaur, one lime juice, all takeaway, correct?"),
         (U, "Correct."),
         (C, "The teh peng you want less sweet or normal?"),
         (U, "Normal is fine."),
         (C, "Okay. Eleven dollars twenty."),
         (U, "PayNow can?"),
         (C, "Can, scan here."),
         (U, "Done, thanks uncle."),
     ]),
    ("q16", "Lagos phone accessory kiosk", [],
     "NOT a repeat: the phone question is asked again only because the customer said 'Sorry?' over the generator; the colour and charger questions are different questions of the same 'which' shape",
     [
         (C, "Welcome, bros. Which phone are you using?"),
         (U, "Sorry? The generator is too loud."),
         (C, "I said, which phone do you have?"),
         (U, "Tecno Camon 20."),
         (C, "Okay. Which colour of case do you want, black or clear?"),
         (U, "Black."),
         (C, "And which charger, the fast charging one or the normal one?"),
         (U, "The fast one."),
         (C, "Ten thousand five hundred for both."),
         (U, "I'll transfer."),
         (C, "Account is on the board. Thank you, bros."),
     ]),
    ("q17", "Johannesburg pharmacy", [],
     "NOT rushed: one tailored recommendation (saline spray for a pollen-allergic child) and the usual bag and receipt questions, relaxed pace",
     [
         (U, "Hi, I need something for hay fever. My son's been sneezing since the jacarandas came out."),
         (C, "Shame, it's bad this time of year. How old is he?"),
         (U, "Seven."),
         (C, "Then this children's syrup is the one, it's non-drowsy so he can take it before school. Since he's outside so much, a saline nose spray also helps rinse the pollen out, it's gentle for kids."),
         (U, "Okay, I'll take both."),
         (C, "That's a hundred and eighty-five rand. Card?"),
         (U, "Yes, card."),
         (C, "Do you need a packet for those?", {"pause": 4.0}),
         (U, "No, they'll fit in my bag."),
         (C, "And would you like the slip?"),
         (U, "Yes please, for the medical aid."),
         (C, "Here you go. Hope he feels better soon."),
     ]),
    ("q18", "Durban surf shop", [],
     "NOT rushed: two offers (wetsuit discount, then a wax and board-bag combo) far apart in a relaxed chatty visit with a long fitting-room break",
     [
         (C, "Howzit! Shout if you need a hand."),
         (U, "Thanks. I'm looking for a spring suit for my daughter, she's starting lessons at Umhlanga."),
         (C, "Lekker. Kids' suits are on the back wall, and we've got twenty percent off wetsuits this week if that helps."),
         (U, "Ooh, it does. She's about ten, quite tall for her age."),
         (C, "Try the medium then. The fitting room is just there."),
         (U, "The medium's perfect. She's thrilled.", {"pause": 90.0}),
         (C, "Nice! How long has she been keen on surfing?"),
         (U, "Since her birthday at the beach. She watched the surfers all afternoon."),
         (C, "Ha, that's exactly how it starts. If you ever want, we also do a wax and board-bag combo for new surfers, but no pressure at all.", {"pause": 20.0}),
         (U, "Maybe next time, once she's got her own board."),
         (C, "Sure thing. That's eight hundred rand with the discount."),
         (U, "Card, please."),
         (C, "Enjoy the lessons!"),
     ]),
]

if __name__ == "__main__":
    build("heldout66", HELDOUT66, 661)
