# ruff: noqa: E501
"""Build the coach's held-out set 209: written by writer-209 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors: tills in Lusaka and Blantyre, written in Zambian and Malawian
English with normal case and punctuation ("boss", "madam", "eish", "ba" before
names, "just now", "talk time", "kwacha"), warm and unhurried, the cashier
sometimes speaking twice in a row: a supermarket till, a mobile-money booth, a
pharmacy, a hardware store, a bakery and a phone-accessories kiosk.

Mix: 4 gossip (a previous customer's second wife in Kitwe, a manager selling
expired stock, a colleague's boyfriend who is a married pastor, the cashier's own
uncle's land-grab court case), 4 repeated_question (loaves, network, cement bag
size, kitchen-party cake; one first answered in the opening request), 3
rushed_upsell (loyalty card, raffle, talk-time bundles, phone cover, screen
protector, extended warranty, mobile-money extras), and 7 hard "not" cases: warm
chat about the customer's own baby; a colleague and the manager named for work
and praised; the customer gossips while the cashier deflects; an order read back
to confirm it; a "sorry?" re-ask with different questions of the same shape and
the customer repeating her own question; one tailored recommendation with the
routine bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT209 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Lusaka supermarket till",
        ["gossip"],
        "cashier tells the next customer that the man before her keeps a secret second wife in Kitwe",
        [
            (C, "Good afternoon madam, you found everything you wanted?"),
            (U, "Yes, just these ones. And the twenty-five kilo mealie meal."),
            (C, "Okay, let me ring them. The mealie meal, the guard will give you at the door."),
            (
                C,
                "Eish, did you see that man who was just here before you, the one with the grey Hilux?",
            ),
            (U, "Not really."),
            (
                C,
                "That's ba Chisanga. He buys for two houses, you know. The second wife is in Kitwe and the first one in Kabulonga doesn't even know she exists.",
            ),
            (U, "Mm."),
            (
                C,
                "Every month-end he comes with two lists, and the Kitwe one he sends on the bus. And the Kitwe list is always the longer one, imagine!",
            ),
            (U, "How much is it?"),
            (C, "Four hundred and twelve kwacha fifty."),
            (U, "Here."),
        ],
    ),
    (
        "q02",
        "Blantyre pharmacy",
        ["gossip"],
        "cashier confides that the manager secretly sells expired stock to small groceries",
        [
            (C, "Morning boss, how can I help?"),
            (U, "Morning. I need Panadol and a cough syrup for the child."),
            (C, "For the syrup, you want the orange one or the honey one?"),
            (U, "Honey."),
            (C, "Okay. Let me tell you something, but keep it between us."),
            (
                C,
                "Our manager, Mr Phiri, takes the boxes that expired in June and sells them to those small groceries in Ndirande. Cash, no receipt. All of us here know.",
            ),
            (U, "Ah, is that so?"),
            (
                C,
                "Yes, and then he shouts at us when the stock count is short, as if we are the thieves. Me, I'm just watching him.",
            ),
            (U, "This one you are giving me, it's okay?"),
            (
                C,
                "This one is fine, it expires next year. That's eight thousand four hundred kwacha.",
            ),
        ],
    ),
    (
        "q03",
        "Lusaka bakery",
        ["gossip"],
        "cashier tells a regular that her colleague is away with a married pastor",
        [
            (C, "Morning ba Bwalya, the usual?"),
            (U, "Yes, two brown loaves. And put some of those scones."),
            (C, "Six scones?"),
            (U, "Six is fine."),
            (
                C,
                "You know Natasha, the one who does the morning shift with me? She's not here today.",
            ),
            (U, "Oh, is she sick?"),
            (
                C,
                "Sick, where? She went to Livingstone with her boyfriend. The man is a pastor at that big church in Chilenje, with a wife and four children at home.",
            ),
            (
                C,
                "He even comes to pick her up here in the church bus. The wife knows nothing, but the whole bakery knows.",
            ),
            (U, "Eish. How much for everything?"),
            (C, "Fifty-eight kwacha, boss."),
        ],
    ),
    (
        "q04",
        "Blantyre hardware store",
        ["gossip"],
        "cashier pours out his own family drama: his uncle grabbing the family plot and the court case",
        [
            (U, "I want a box of three-inch nails and two door hinges."),
            (C, "The nails, a full box or half?"),
            (U, "Full box."),
            (
                C,
                "Sorry, I'm not myself today boss. I was at the magistrate's court the whole of yesterday.",
            ),
            (U, "Oh, sorry."),
            (
                C,
                "It's my own uncle. When my father died he took our plot in Chilobwe and sold half of it to some businessman. Now he's telling the court my mother was never properly married.",
            ),
            (
                C,
                "My mother is crying every day. The lawyer wants two hundred thousand and we don't have it. Family, eish.",
            ),
            (U, "That's hard. What's the total?"),
            (C, "Eleven thousand two hundred kwacha."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Lusaka bakery",
        ["repeated_question"],
        "customer said three loaves in her opening request; after talk of the funeral the cashier asks how many loaves",
        [
            (
                U,
                "Good morning. Can I get three loaves of white bread, the sliced ones, and a dozen buns?",
            ),
            (C, "Morning madam. The buns, plain or the ones with raisins?"),
            (U, "Plain."),
            (C, "Okay. Are you coming from church? You're looking very smart today."),
            (U, "Ha, no, there's a funeral in Matero. We are cooking for the mourners."),
            (C, "Oh, sorry for your loss, madam."),
            (U, "Thank you. It's my husband's cousin."),
            (C, "So the bread, how many loaves should I pack for you?"),
            (U, "Three, like I said."),
            (C, "Three, yes. With the buns, that's eighty-four kwacha."),
        ],
    ),
    (
        "q06",
        "Blantyre mobile-money booth",
        ["repeated_question"],
        "customer said Airtel; after talk about the power cuts the agent asks which network again",
        [
            (U, "I want to buy talk time, five thousand kwacha."),
            (C, "Which network, Airtel or TNM?"),
            (U, "Airtel."),
            (C, "Give me the number."),
            (U, "Zero nine nine nine, four one two, seven seven three."),
            (C, "Okay. Eish, the heat today."),
            (U, "Very hot. And ESCOM took the power again, so no fan at home."),
            (C, "Same with us in Limbe. We just sit outside until late."),
            (C, "So this line, it's TNM or Airtel?"),
            (U, "Airtel, I told you."),
            (C, "Okay, okay. Sent, you'll get the message just now."),
        ],
    ),
    (
        "q07",
        "Lusaka hardware store",
        ["repeated_question"],
        "customer chose fifty-kilo bags; after talk about his building the cashier asks big or small bags",
        [
            (U, "Morning. I need cement, ten bags."),
            (C, "Morning boss. The fifty kilo or the twenty-five?"),
            (U, "The fifty kilo."),
            (C, "Okay. You're building?"),
            (U, "Slowly by slowly. Just the boys' quarters behind the house in Chalala."),
            (
                C,
                "Ah, that's good, rentals pay. With the rains coming you want to be roofed before December.",
            ),
            (U, "That's the plan, if the money allows."),
            (C, "Ten bags then. And these, you want the big bags or the small ones?"),
            (U, "Fifty kilo, boss."),
            (
                C,
                "Right. Ten at one hundred and fifty-five, that's one thousand five hundred and fifty kwacha. You'll collect at the back.",
            ),
        ],
    ),
    (
        "q08",
        "Blantyre bakery",
        ["repeated_question"],
        "customer said the cake is for her sister's kitchen party; after the writing and icing the cashier asks the occasion again",
        [
            (U, "I want to order the vanilla cake, the big one, for Saturday."),
            (C, "Okay madam. Is it for a kitchen party?"),
            (U, "Yes, my sister's kitchen party, at the church hall in Chichiri."),
            (C, "Nice. You want writing on it?"),
            (U, "Yes, 'Congratulations Tiwonge'."),
            (C, "And the icing, which colours?"),
            (U, "Pink and white, please."),
            (C, "Alright, pink and white."),
            (C, "Now the cake, madam, what's the occasion? A birthday or a kitchen party?"),
            (U, "Kitchen party. For my sister."),
            (C, "Okay. It's thirty-five thousand, and we take half as a deposit today."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Lusaka supermarket till",
        ["rushed_upsell"],
        "loyalty card, raffle, talk time and a pie special fired back to back at a customer who barely answers",
        [
            (C, "Hello madam."),
            (U, "Hello."),
            (
                C,
                "You have our rewards card? You can sign up today, it's free, just your phone number.",
                RR,
            ),
            (U, "No.", R),
            (C, "We also have the raffle, ten kwacha a ticket, you can win a fridge.", R),
            (U, "No thanks.", R),
            (C, "Talk time? Airtel, MTN, Zamtel, I can put a bundle with your shopping.", R),
            (U, "Mm-mm.", R),
            (C, "And the pies are buy two get one free, should I add?", R),
            (U, "Just the groceries."),
            (C, "Okay, two hundred and six kwacha."),
        ],
    ),
    (
        "q10",
        "Blantyre phone-accessories kiosk",
        ["rushed_upsell"],
        "phone cover, screen protector, extended warranty and data bundles pushed one after another over a single charger",
        [
            (U, "I want this charger, the Type-C one."),
            (
                C,
                "Okay, eight thousand five hundred. You need a cover for your phone? We have nice ones, Tecno, Samsung, all sizes.",
                RR,
            ),
            (U, "No.", R),
            (C, "Screen protector? We fit it right now, two minutes.", R),
            (U, "I'm fine.", R),
            (
                C,
                "For the charger you can take the extended warranty, one full year, just two thousand more.",
                R,
            ),
            (U, "No.", R),
            (C, "And Airtel bundles, weekly, monthly, I can load for you now.", R),
            (U, "Just the charger, please."),
            (C, "Eight thousand five hundred then."),
        ],
    ),
    (
        "q11",
        "Lusaka mobile-money booth",
        ["rushed_upsell"],
        "after a cash withdrawal the agent rattles off bundles, a promo raffle, a payments sign-up and funeral cover",
        [
            (U, "I want to withdraw five hundred."),
            (C, "Okay, dial the code and put my agent number."),
            (U, "Done."),
            (
                C,
                "Received. Here's your five hundred. You want bundles? MTN has the weekly giga now, fifty kwacha.",
                RR,
            ),
            (U, "No.", R),
            (C, "There's also the promo, send ten kwacha and you're entered to win the car.", R),
            (U, "Mm.", R),
            (
                C,
                "You can register for MoMo Pay as well, you get points every time you pay at the shops.",
                R,
            ),
            (C, "And funeral cover through your line, only five kwacha a week.", R),
            (U, "Thanks, I'm going."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Lusaka pharmacy",
        [],
        "not gossip: warm chat about the customer's own baby and her mother coming to help; one tailored suggestion only",
        [
            (U, "Good afternoon. I need something for a baby with a cold, she's eight months."),
            (C, "Good afternoon madam. Has she got a fever, or just the runny nose?"),
            (U, "Just the nose, and she's not sleeping."),
            (
                C,
                "Then these saline drops are good, and a little of this baby rub on the chest. Not the adult one, it's too strong for her.",
            ),
            (U, "Thank you. She's my first, so everything scares me."),
            (
                C,
                "Ah, that's normal. With the first one you check her breathing every hour. What's her name?",
            ),
            (U, "Mutinta, after my mother."),
            (C, "That's beautiful. Your mother must be very proud."),
            (U, "She's coming from Ndola next week to help me."),
            (C, "Good, then you rest while she's there. Drops and rub, ninety-five kwacha."),
        ],
    ),
    (
        "q13",
        "Blantyre hardware store",
        [],
        "not gossip: a colleague named to fetch stock and the manager praised for his plumbing knowledge",
        [
            (U, "I'm looking for this fitting. I need three of them."),
            (C, "Ah, that's a half-inch elbow, the threaded type. Let me check."),
            (
                C,
                "We're finished here at the front, but Kondwani in the back store knows the plumbing section very well. He'll bring them just now.",
            ),
            (U, "Okay, no problem."),
            (C, "Kondwani! Three half-inch elbows, please."),
            (U, "Last time I came, your manager helped me with the geyser parts."),
            (
                C,
                "Yes, Mr Banda. He was a plumber himself before he started running the shop, so he knows all those things. Most of what I know, he taught me.",
            ),
            (U, "He was very patient with me."),
            (
                C,
                "He is. Okay, here's Kondwani with the elbows. Three, that's four thousand five hundred kwacha.",
            ),
        ],
    ),
    (
        "q14",
        "Lusaka supermarket till",
        [],
        "not gossip: the customer gossips about a neighbour; the cashier declines to join in and stays on the sale",
        [
            (
                U,
                "Eish, did you see the woman who was just in front of me? With the phone on loudspeaker?",
            ),
            (C, "Good morning, madam. Did you find everything?"),
            (
                U,
                "She's the one who stays near us in Chilenje. Her husband left her for the maid, everybody knows.",
            ),
            (
                C,
                "Mm, that's not for me to say, madam. Should I put the cooking oil in its own bag? Sometimes it leaks.",
            ),
            (U, "Yes please. And she walks around like she owns the whole place."),
            (
                C,
                "Everyone has their own troubles. Your total is three hundred and eighteen kwacha.",
            ),
            (U, "Here's four hundred."),
            (C, "Eighty-two is your change. Have a blessed day."),
        ],
    ),
    (
        "q15",
        "Blantyre bakery",
        [],
        "not a repeat: after chat about the office tea the cashier reads the whole order back once to confirm it",
        [
            (U, "Morning. I want four loaves of brown bread, ten buns and two of the meat pies."),
            (C, "Morning, madam. The pies, beef or chicken?"),
            (U, "Chicken."),
            (C, "Okay. Buying for the office?"),
            (U, "Yes, it's my turn to bring tea for the staff. They eat like lions."),
            (C, "Ha! Then they'll be happy today."),
            (C, "So I have four brown loaves, ten buns and two chicken pies. Is that everything?"),
            (U, "Yes, that's all."),
            (C, "Eleven thousand six hundred kwacha."),
        ],
    ),
    (
        "q16",
        "Lusaka mobile-money booth",
        [],
        "not a repeat: a 'sorry?' over the generator, different how-much and number questions, and the customer re-asking her own question",
        [
            (U, "I want to send money to my mother in Mongu."),
            (C, "Okay. How much are you sending?"),
            (U, "Three hundred."),
            (C, "Sorry? This generator is making noise."),
            (U, "Three hundred kwacha!"),
            (C, "Three hundred. What's her number?"),
            (U, "Zero nine seven, five five two, one eight four zero."),
            (C, "And your number, the one sending?"),
            (U, "Zero nine six, three three one, two zero zero seven. How much is the charge?"),
            (C, "Eight kwacha."),
            (U, "Also I want to withdraw for myself. Sorry, the charge was how much again?"),
            (C, "Eight kwacha for the sending. And the withdrawal, how much do you want?"),
            (U, "Two hundred."),
            (C, "Okay, she has received. Here's your two hundred."),
        ],
    ),
    (
        "q17",
        "Blantyre phone-accessories kiosk",
        [],
        "not rushed: one recommendation tailored to a driver, then the routine bag and receipt questions at an easy pace",
        [
            (U, "My charger is finished. I need one for this phone."),
            (C, "Let me see. Ah, it's a Tecno Spark, it uses Type-C."),
            (U, "I'm a driver, I use it for the maps the whole day."),
            (
                C,
                "Then I'd say take this car charger as well. It has the Type-C cable, so you can charge while you drive and the battery won't die on you.",
            ),
            (U, "How much?"),
            (C, "The wall one is seven thousand, the car one six thousand five hundred."),
            (U, "Okay, I'll take both."),
            (C, "You want a plastic bag for them?", {"pause": 4.0}),
            (U, "No, they'll go in my pocket."),
            (C, "And the receipt, you need it? Some drivers give it to their boss."),
            (U, "Yes, give me."),
            (C, "Here. Thirteen thousand five hundred. Safe driving, boss."),
        ],
    ),
    (
        "q18",
        "Lusaka hardware store",
        [],
        "not rushed: a roller promotion early and a points card much later in a long, friendly visit with a regular",
        [
            (U, "Morning ba Mulenga."),
            (C, "Ah, morning boss! Long time. How's the farm?"),
            (
                U,
                "The farm is fine, the maize is doing well this year. I need paint for the farmhouse, something light, cream maybe. It's for the outside.",
            ),
            (C, "Then take the exterior PVA, this one. Twenty litres covers a lot of wall."),
            (U, "Give me two tins."),
            (C, "By the way, this week if you buy a roller the tray comes free."),
            (U, "I have rollers at home, thanks."),
            (C, "No problem. They're mixing the cream at the back, it'll be ready just now."),
            (U, "And a small brush for the window frames.", {"pause": 40.0}),
            (C, "This two-inch one is good for the corners."),
            (C, "Okay, the tins are here, both sealed properly.", {"pause": 45.0}),
            (
                C,
                "Oh, and we have a points card now, you collect on every purchase. I can register you next time if you want, no hurry.",
            ),
            (U, "Maybe next time."),
            (C, "Sure. Two tins and the brush, one thousand two hundred and forty kwacha."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout209", HELDOUT209, 2091)
