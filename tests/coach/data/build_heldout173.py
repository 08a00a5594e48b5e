# ruff: noqa: E501
"""Build the coach's held-out set 173: written by writer-173 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, West African English
with the odd "abeg", "oga", "madam", "chale", "how far" and "I'm coming" for
'wait'): a Lagos supermarket, a Surulere pharmacy, an Accra mall phone shop, a
Kumasi fabric stall, a bakery and a petrol-station shop, three conversations each.

Mix: 4 gossip (a previous customer's fake designer bag, the branch manager's
second wife, a colleague's church scandal, the cashier's own landlord trouble
over her cousin), 4 repeated_question (which network, how many loaves, who the
medicine is for, which size), 3 rushed_upsell (screen protector, insurance plan,
data bundle, loyalty card, raffle, promos and app fired back to back), and 7 hard
"not" cases: warm chat about the customer's own birthday; a colleague named for
work and the manager praised; the customer gossips while the cashier deflects;
a "sorry?" re-ask over the generator plus an order read back; different questions
of the same shape with the customer repeating her own question; one tailored
recommendation with bag and receipt questions spread out; two offers far apart.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT173 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Lagos supermarket",
        ["gossip"],
        "cashier mocks the previous customer's fake designer bag and her pretending to be rich",
        [
            (C, "Good afternoon madam, you're welcome."),
            (U, "Afternoon. Just these ones."),
            (C, "Two tins of Peak milk, the Milo refill and the Golden Penny spaghetti."),
            (
                C,
                "Madam, did you see that woman that just left, the one with the big Louis Vuitton bag?",
            ),
            (U, "Not really."),
            (
                C,
                "Ehn, that bag is fake, I'm telling you. The stitching was running anyhow and the letters were not even straight. She comes here every Saturday forming big madam, yet she was begging me for fifty naira change.",
            ),
            (C, "Some people just like to show what they don't have."),
            (U, "Hmm. How much is it?"),
            (C, "Eight thousand four hundred and fifty."),
            (U, "Can I do transfer?"),
            (C, "Yes, the account number is on the POS there."),
        ],
    ),
    (
        "q02",
        "Surulere pharmacy",
        ["gossip"],
        "cashier tells a stranger about the branch manager's secret second wife making a scene over rent",
        [
            (U, "Good evening. Abeg, do you have Panadol Extra?"),
            (C, "Yes, we have. How many packs?"),
            (U, "Two."),
            (C, "You're lucky, oga didn't lock the cabinet today. His mind is somewhere else."),
            (
                C,
                "His second wife came here on Monday shouting, and the first wife doesn't even know she exists, can you imagine? She was crying at this counter that he hasn't paid her house rent since January.",
            ),
            (U, "Ah, that one is not my business o."),
            (
                C,
                "I'm just telling you. The whole branch knows now, everybody is whispering behind him.",
            ),
            (U, "Okay. How much?"),
            (C, "Two packs, that's one thousand eight hundred."),
            (U, "Here."),
        ],
    ),
    (
        "q03",
        "Accra mall phone shop",
        ["gossip"],
        "cashier spreads a colleague's church scandal (affair with a married choir mistress, missing tithe money)",
        [
            (C, "Hello boss, how can I help?"),
            (U, "I need a charger for this Tecno, type C."),
            (C, "This one is original, sixty cedis."),
            (U, "Fine, I'll take it."),
            (
                C,
                "You know Kojo who used to stand at this counter? He's not around because of wahala at his church.",
            ),
            (
                C,
                "They caught him with the choir mistress in the vestry after Sunday service, and she's a married woman. The pastor suspended both of them in front of the whole congregation.",
            ),
            (U, "Chale, eh."),
            (
                C,
                "Yes oo, and he was the one counting the tithe, people are saying some of the money disappeared too.",
            ),
            (U, "Okay. I'll pay with MoMo."),
            (C, "Send it to the number on the board, sixty cedis."),
        ],
    ),
    (
        "q04",
        "Kumasi fabric stall",
        ["gossip"],
        "cashier overshares her own landlord trouble and runs down the cousin who lives with her",
        [
            (U, "Madam, how much for this Woodin print, six yards?"),
            (C, "That one is three hundred and fifty cedis, my sister."),
            (U, "Can you do three hundred?"),
            (C, "Three twenty, last price."),
            (U, "Okay, cut it."),
            (C, "Please excuse me if I'm slow today, my head is not correct."),
            (
                C,
                "My landlord wants to throw me out because my cousin who stays with me hasn't paid her share of the rent for four months. Every weekend she brings a different man to the house, so now the landlord is telling the whole compound we are running something bad there. I went and cried in the market toilet yesterday.",
            ),
            (U, "Sorry. Please, take the money."),
            (C, "Thank you. Let me fold it for you."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Accra mall phone shop",
        ["repeated_question"],
        "customer said MTN; after small talk the cashier asks which network again in other words",
        [
            (C, "Good morning, what can I do for you?"),
            (U, "I want to buy a new SIM and register it."),
            (C, "No problem. Which network do you want?"),
            (U, "MTN. Everybody in my house uses MTN."),
            (C, "Have you got your Ghana Card with you?"),
            (U, "Yes, here it is."),
            (C, "Are you from Accra?"),
            (U, "No, Ho. I just moved here for work last month."),
            (C, "Welcome to the city then, the traffic will teach you patience."),
            (C, "So, is it Vodafone, AirtelTigo or MTN SIM you're taking?"),
            (U, "MTN, like I said."),
            (C, "Okay, MTN. That's five cedis."),
        ],
    ),
    (
        "q06",
        "bakery",
        ["repeated_question"],
        "customer says five loaves; after chat about her children the cashier asks how many again and she says five again",
        [
            (U, "Good morning. I want sugar bread."),
            (C, "Good morning ma. How many loaves?"),
            (U, "Five."),
            (C, "The oven just brought out a fresh batch, they're still hot."),
            (U, "Ah, that's the best. My children like it warm with their tea."),
            (C, "They'll enjoy it. Warm bread in the morning is sweet."),
            (U, "Every morning they fight over the ends."),
            (C, "So how many am I wrapping for you?"),
            (U, "Five."),
            (C, "Five loaves, that's three thousand five hundred."),
            (U, "Here's four thousand."),
            (C, "Your change, five hundred. Thank you ma."),
        ],
    ),
    (
        "q07",
        "Surulere pharmacy",
        ["repeated_question"],
        "customer said the syrup is for his son; the cashier later asks again who will take it",
        [
            (U, "Good afternoon. I need cough syrup."),
            (C, "Good afternoon sir. Is it for you or for somebody else?"),
            (U, "For my son, he's seven."),
            (C, "Is it dry cough or the one with catarrh?"),
            (U, "Dry cough, mostly at night."),
            (C, "This Benylin for children is good for that."),
            (U, "How much is it?"),
            (C, "Two thousand two hundred."),
            (C, "Who is going to be taking the syrup, is it you yourself?"),
            (U, "I said it's for my son."),
            (C, "Okay, okay. Five millilitres, twice a day."),
        ],
    ),
    (
        "q08",
        "petrol-station shop",
        ["repeated_question"],
        "customer chose the four-litre engine oil; after traffic small talk the cashier asks small or big gallon again",
        [
            (C, "Welcome oga. What are you buying?"),
            (U, "Engine oil, the Total Quartz."),
            (C, "Which size, one litre or the four litre?"),
            (U, "The four litre."),
            (C, "How far, the traffic on Third Mainland this morning?"),
            (U, "Don't mind them. I was on that bridge for two hours."),
            (C, "Sorry o. It's the repairs."),
            (U, "Every year the same story."),
            (C, "So do you want the small bottle or the big gallon?"),
            (U, "The big one, four litres."),
            (C, "Twenty-two thousand."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Accra mall phone shop",
        ["rushed_upsell"],
        "screen protector, insurance plan, data bundle and loyalty club fired back to back at a customer who barely answers",
        [
            (U, "I'll take this Samsung A15."),
            (C, "Good choice, chale. Two thousand one hundred cedis."),
            (U, "Okay."),
            (C, "You'll take a screen protector with it? It's only forty cedis.", RR),
            (
                C,
                "And we have a phone insurance plan, one year cover for theft and cracked screen, just ninety cedis.",
                R,
            ),
            (U, "Hmm.", R),
            (
                C,
                "Let me add a data bundle for you too, ten gig for fifty cedis, I can load it right now.",
                R,
            ),
            (C, "And join our loyalty club, you get points every time you buy.", R),
            (U, "Just the phone.", R),
            (C, "Okay, two thousand one hundred."),
        ],
    ),
    (
        "q10",
        "petrol-station shop",
        ["rushed_upsell"],
        "loyalty card, raffle, data and a car-wash deal pushed in quick succession over a water and Gala purchase",
        [
            (U, "Good evening. This bottle of water and the Gala."),
            (C, "Good evening sir. Five hundred and fifty."),
            (C, "Sir, do you have our fuel loyalty card? Let me register you now, it's free.", RR),
            (U, "No.", R),
            (
                C,
                "There's a raffle this month, buy a ticket for two hundred and you can win a full tank.",
                R,
            ),
            (C, "We also sell data here, should I load you some MTN data?", R),
            (U, "No, I'm fine.", R),
            (C, "And the car wash is ten percent off today, should I book you?", R),
            (U, "Abeg, just the water and Gala."),
            (C, "Okay sir, five fifty."),
        ],
    ),
    (
        "q11",
        "Lagos supermarket",
        ["rushed_upsell"],
        "store card, raffle ticket, carton promo and app pushed back to back while the customer wants to pay",
        [
            (U, "Just these, please."),
            (C, "Eleven thousand two hundred."),
            (
                C,
                "Madam, you don't have our Smart Shopper card yet? I can open it now with your phone number.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Then at least take a raffle ticket for the Christmas hamper, it's five hundred naira.",
                R,
            ),
            (
                C,
                "The Indomie carton is on promo today, buy one and get a bowl free, should I add one?",
                R,
            ),
            (U, "Ehn?", R),
            (C, "And download our app, you get free delivery on your first order.", R),
            (U, "I'm in a hurry, abeg just bill me."),
            (C, "Okay, eleven thousand two hundred."),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "bakery",
        [],
        "warm chat about the customer's own fiftieth birthday cake order; no third parties, one question of each kind",
        [
            (U, "Good morning. I want to order a cake for Saturday."),
            (C, "Good morning! What's the occasion?"),
            (U, "My fiftieth birthday. My husband insisted we do a small party."),
            (C, "Ah, congratulations ma! Fifty and still looking this fresh."),
            (U, "Thank you, my dear."),
            (C, "What flavour would you like? We have vanilla, chocolate and red velvet."),
            (U, "Red velvet, and write Golden Fifty on top."),
            (C, "Lovely. Will it be pickup or delivery?"),
            (U, "I'll send my driver."),
            (C, "Deposit is fifteen thousand, the balance on Saturday."),
            (C, "I hope the party is sweet, enjoy yourself ma."),
        ],
    ),
    (
        "q13",
        "Surulere pharmacy",
        [],
        "a colleague is called for dosage advice and the manager praised for training: work reasons, not gossip",
        [
            (U, "Good evening, I want something for malaria."),
            (C, "Good evening ma. Have you done a test?"),
            (U, "Yes, the lab said it's positive."),
            (
                C,
                "I'm coming, let me call Pharmacist Chiamaka, she will check the right dose for your weight.",
            ),
            (C, "Chiamaka, abeg come and help this madam with the Coartem dosage."),
            (U, "Thank you."),
            (
                C,
                "She's very good, she explains everything well. Our manager, Mr Bello, trained all of us himself on malaria drugs.",
            ),
            (U, "That's nice to hear."),
            (C, "The Coartem is three thousand five hundred. Please take it after food."),
            (U, "Okay, here's the money."),
        ],
    ),
    (
        "q14",
        "Lagos supermarket",
        [],
        "the customer gossips about a woman in the queue; the cashier deflects and keeps to business",
        [
            (U, "Good evening. You know that woman in the red wrapper who just left?"),
            (C, "Good evening ma. Did you bring a bag or should I give you nylon?"),
            (U, "Give me nylon. That woman, they say her husband caught her with their pastor."),
            (C, "Ah, madam, I don't know anything about that o."),
            (U, "Everybody on our street knows. She's shameless."),
            (C, "Let's leave her matter. Your total is six thousand seven hundred."),
            (U, "Hmm, okay. Transfer."),
            (C, "The account number is on the card there."),
            (U, "Sent."),
            (C, "Received, thank you ma. Enjoy your evening."),
        ],
    ),
    (
        "q15",
        "petrol-station shop",
        [],
        'a "sorry?" re-ask because of the generator, then the order read back to confirm it: neither is a repeated question',
        [
            (U, "Give me two bottles of Coke, one Fanta and three meat pies."),
            (C, "Sorry? The generator is too loud, I didn't hear you."),
            (U, "Two Coke, one Fanta and three meat pies."),
            (C, "So that's two Coke, one Fanta and three meat pies, correct?"),
            (U, "Correct."),
            (C, "Do you want the pies warmed?"),
            (U, "Yes please."),
            (C, "I'm coming, give me two minutes."),
            (C, "Here you are. Total is four thousand one hundred.", {"pause": 20.0}),
            (U, "Can I pay with card?"),
            (C, "Yes, the POS is working."),
        ],
    ),
    (
        "q16",
        "Kumasi fabric stall",
        [],
        'several "which ..." questions about different things, and the customer repeats her own question: no repeat by the cashier',
        [
            (U, "Good morning madam. I'm looking for kente for my graduation."),
            (C, "Congratulations! Which colours do you want?"),
            (U, "Gold and green, my school colours."),
            (C, "Which weave do you prefer, single or double?"),
            (U, "Which one is cheaper?"),
            (C, "Before I answer, which piece do you want, a stole or a full cloth?"),
            (U, "Just the stole. But which one is cheaper, single or double?"),
            (C, "The single weave, one hundred and eighty cedis. Double is three hundred."),
            (U, "Okay, I'll take single."),
            (C, "And which name should we weave at the end?"),
            (U, "Ama Serwaa, class of twenty twenty-four."),
            (C, "Come back on Thursday for it."),
        ],
    ),
    (
        "q17",
        "bakery",
        [],
        "one tailored recommendation for a diabetic wife, with the bag and receipt questions spread over a relaxed chat",
        [
            (U, "Good evening. Two loaves of Agege bread please."),
            (C, "Good evening sir. Two Agege loaves."),
            (U, "My wife is diabetic, do you have anything with less sugar?"),
            (
                C,
                "Yes, try our whole wheat loaf. No added sugar, plenty of our customers watching their sugar buy it.",
            ),
            (U, "Okay, add one."),
            (U, "You people are busy today o."),
            (C, "Friday evening is always like this, everybody is buying for the weekend."),
            (U, "And the rain is coming, people want to get home."),
            (C, "True. Do you want a bag for them?"),
            (U, "Yes please."),
            (C, "That's three loaves, four thousand two hundred."),
            (U, "Here."),
            (C, "Thank you. Will you need a receipt?", {"pause": 3.0}),
            (U, "No, I'm fine."),
        ],
    ),
    (
        "q18",
        "Kumasi fabric stall",
        [],
        "two offers (matching head tie, free sewing) far apart in an unhurried visit",
        [
            (U, "Auntie, good afternoon. I'm looking for wax print for my mother."),
            (C, "Good afternoon. Take your time, look around."),
            (U, "This blue one with the birds is fine."),
            (
                C,
                "That's Vlisco, real Dutch wax. We also have head ties that match it, if you like.",
            ),
            (U, "Let me hear the price of the cloth first."),
            (C, "Six yards is four hundred cedis."),
            (U, "Hmm. It's a gift, she's turning seventy."),
            (C, "Ah, God bless her. Seventy is a big blessing."),
            (U, "Thank you. She still goes to the farm every morning."),
            (C, "Strong woman! She will enjoy this cloth."),
            (U, "Okay, I'll take it.", {"pause": 8.0}),
            (
                C,
                "Alright. If you want, our tailor is sewing Christmas orders free this month.",
                {"pause": 4.0},
            ),
            (U, "No, she has her own seamstress."),
            (C, "No problem. Four hundred, MoMo or cash?"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout173", HELDOUT173, 1731)
