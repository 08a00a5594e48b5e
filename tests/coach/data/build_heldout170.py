# ruff: noqa: E501
"""Build the coach's held-out set 170: written by writer-170 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (Southern African English written with normal case and punctuation,
dialect words such as "howzit", "now now", "just now", "shame", "lekker", "eish",
"ja", "sisi", but never whole sentences in another language): a Johannesburg spaza
shop, a Cape Town pharmacy, a Durban fish shop, a Harare supermarket, a hardware
store and a bakery. Cashiers sometimes speak twice in a row.

Mix: 4 gossip (the pastor's wife and the taxi driver, a previous customer's stolen
car parts, the manager's bribes to the health inspector, the cashier's own
brother-in-law's drinking), 4 repeated_question (which bread, how many kilos of
fish with a number given both times, which airtime network, how much on the
electricity token), 3 rushed_upsell (loyalty card, funeral cover, airtime/data
bundles, a Lotto ticket and donations pushed back to back), and 7 hard "not" cases:
warm chat about the customer's own wedding plans; a colleague named for a work
reason and the manager praised; the customer gossips while the cashier deflects;
an order read back to confirm it plus a customer repeating her own question; a
"sorry?" re-ask plus different questions of the same shape; one tailored
recommendation with the routine bag and slip questions; two offers far apart in a
relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT170 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Johannesburg spaza shop",
        ["gossip"],
        "cashier spreads a story about the pastor's wife riding around with the taxi driver",
        [
            (U, "Howzit, can I get a loaf of brown and a two-litre Coke?"),
            (C, "Ja, sure. Here's your bread, let me grab the Coke from the fridge."),
            (
                C,
                "Hey, did you see Pastor Mokoena's wife this morning? She climbed out of Thabo's Quantum again, the taxi driver from the rank.",
            ),
            (U, "Eish, no, I didn't see."),
            (
                C,
                "Every Sunday after church she's sitting in the front seat with him. The pastor thinks she's at the women's prayer meeting. The whole street knows except him.",
            ),
            (U, "Okay."),
            (
                C,
                "Shame, that man stands up there preaching about faithfulness and his own wife is busy with a taxi driver.",
            ),
            (U, "How much is it?"),
            (C, "Forty-two rand."),
            (U, "Here's fifty."),
        ],
    ),
    (
        "q02",
        "hardware store",
        ["gossip"],
        "cashier tells the next customer the man before him sells stolen car parts",
        [
            (C, "Morning, boss. Just the cable ties and the tap washers?"),
            (U, "Ja, and a tube of silicone, the clear one."),
            (C, "Clear silicone, here you go."),
            (C, "Did you notice that oke in front of you, with the white bakkie?"),
            (U, "Not really."),
            (
                C,
                "He comes in every week trying to sell us side mirrors and mag wheels. Everybody knows he strips cars at night. The mirrors he brought last time still had the dealer stickers on.",
            ),
            (U, "Hmm."),
            (
                C,
                "Now he's buying a new angle grinder, probably to cut off more catalytic converters. The cops were at his mother's place last month, my cousin saw them.",
            ),
            (U, "Right. What's the total?"),
            (C, "One eighty-nine fifty."),
            (U, "Card, please."),
        ],
    ),
    (
        "q03",
        "Harare supermarket",
        ["gossip"],
        "cashier tells a customer the manager bribes the health inspector",
        [
            (U, "Morning. Just the mealie-meal, the cooking oil and these matches."),
            (C, "Morning, sisi. The ten kilo bag, is it?"),
            (U, "Yes, the ten."),
            (
                C,
                "You know why that bread shelf is full of old stock and nobody cares? The health inspector came on Tuesday.",
            ),
            (
                C,
                "Our manager took him into the back office and gave him an envelope, fifty US, I saw it with my own eyes. Every visit it's the same, that's why they never write us up.",
            ),
            (U, "Mm."),
            (
                C,
                "And then he tells us there's no money for overtime. He's feeding that inspector every month, that one.",
            ),
            (U, "How much is everything?"),
            (C, "Fourteen US. Cash or EcoCash?"),
            (U, "Cash."),
        ],
    ),
    (
        "q04",
        "bakery",
        ["gossip"],
        "cashier overshares her brother-in-law's drinking and the family fallout",
        [
            (U, "Hi, six vetkoek and a dozen rolls, please."),
            (C, "Six vetkoek, twelve rolls. Sorry, I'm a bit slow today, hey."),
            (U, "No stress."),
            (
                C,
                "My brother-in-law came home at three this morning, drunk again, banging on the gate and shouting for my sister.",
            ),
            (
                C,
                "He drank his whole December bonus at the tavern. My sister had to borrow from me for the kids' school shoes. I'm finished with that man, honestly.",
            ),
            (U, "Shame, sorry to hear."),
            (
                C,
                "And last month he crashed my dad's car, also drunk. Nobody says a word because he's the eldest son-in-law.",
            ),
            (U, "Okay. How much do I owe you?"),
            (C, "Seventy-eight rand."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "bakery",
        ["repeated_question"],
        "asks again which bread the customer wants after the seed loaf was chosen",
        [
            (U, "Morning! One loaf, please, and four Chelsea buns."),
            (C, "Morning. Which loaf, the white or the brown seed loaf?"),
            (U, "The brown seed one."),
            (C, "Lekker. Sliced?"),
            (U, "Yes please, sliced."),
            (C, "Going to the beach later? It's beautiful out there."),
            (U, "Ja, taking the kids down to the tidal pool just now."),
            (C, "Nice, enjoy. Okay, so what kind of bread were you after again?"),
            (U, "The brown seed loaf. Sliced."),
            (C, "Right, right. Sixty-four rand."),
        ],
    ),
    (
        "q06",
        "Durban fish shop",
        ["repeated_question"],
        "asks how much fish to weigh after the customer already said two kilos; answered with a number both times",
        [
            (U, "Howzit. I want shad, please, for the braai tonight."),
            (C, "Howzit. How many kilos do you need?"),
            (U, "Two."),
            (C, "Okay. You want it scaled and cleaned?"),
            (U, "Ja, cleaned, but leave the head on."),
            (C, "The sardines are running down at Scottburgh, hey, you heard?"),
            (U, "Ja, my uncle was netting there yesterday."),
            (C, "Lekker. So how much fish must I weigh out for you?"),
            (U, "Two kilos."),
            (C, "Okay, two hundred and ten rand."),
        ],
    ),
    (
        "q07",
        "Johannesburg spaza shop",
        ["repeated_question"],
        "asks which network the customer's sim is on after MTN was given",
        [
            (U, "Hi, can I get airtime, thirty rand?"),
            (C, "Sure, which network? Vodacom, MTN, Cell C?"),
            (U, "MTN."),
            (U, "And a packet of the salt and vinegar chips."),
            (C, "Cold today, hey? That wind is biting."),
            (U, "Eish, ja, the taxi took forever this morning."),
            (C, "Shame. Okay, and who is your sim with?"),
            (U, "MTN, I told you."),
            (C, "Okay, okay. Thirty on MTN and the chips, that's forty-one rand."),
        ],
    ),
    (
        "q08",
        "Harare supermarket",
        ["repeated_question"],
        "asks again how much to load on the electricity token after twenty US was given",
        [
            (U, "Good afternoon. I want to buy ZESA, and this Mazoe."),
            (C, "Afternoon. How much for the ZESA token?"),
            (U, "Twenty US."),
            (C, "Okay, and the meter number?"),
            (U, "Three seven zero one, four four two eight, nine one five six."),
            (C, "Load shedding was bad last night, hey? We had nothing from six until midnight."),
            (U, "Same by us, we cooked on the gas."),
            (C, "Eish. So what amount do you want to put on the meter?"),
            (U, "Twenty, like I said."),
            (C, "Sorry. That's twenty-three fifty with the Mazoe."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Harare supermarket",
        ["rushed_upsell"],
        "loyalty card, data bundle and a donation fired back to back at a customer who barely answers",
        [
            (U, "Just these two things."),
            (C, "Okay. Do you have our Smart Saver card? You get points on everything.", RR),
            (U, "No.", R),
            (C, "We've got Econet bundles on special, one gig for three US, should I load one?", R),
            (U, "No thanks.", R),
            (C, "And would you like to add a dollar for the children's home this month?", R),
            (U, "No.", R),
            (C, "Okay, seven forty."),
        ],
    ),
    (
        "q10",
        "Cape Town pharmacy",
        ["rushed_upsell"],
        "rewards sign-up, funeral cover, round-up donation and vitamins pushed in one breath",
        [
            (C, "Hi there, you're collecting?"),
            (U, "Yes, for Naidoo. And this sunblock."),
            (C, "Okay, here's the script.", RR),
            (
                C,
                "Are you on our rewards card? I can sign you up right now, it takes two minutes.",
                R,
            ),
            (U, "Uh, no.", R),
            (
                C,
                "We also do funeral cover through the pharmacy, from sixty-nine rand a month for the whole family, can I give you a form?",
                R,
            ),
            (U, "No.", R),
            (C, "And would you like to round up for the Cancer Association today?", R),
            (U, "Um.", R),
            (C, "Plus the vitamins are two for one this week, want to grab some?", R),
            (U, "No, I just want to pay, please."),
        ],
    ),
    (
        "q11",
        "hardware store",
        ["rushed_upsell"],
        "funeral plan, airtime bundle and a Lotto ticket pushed back to back over a padlock",
        [
            (U, "Just the padlock and the chain, please."),
            (C, "Sure."),
            (
                C,
                "Can I interest you in our funeral plan? Ninety-nine a month, no medicals needed.",
                RR,
            ),
            (U, "No.", R),
            (C, "We sell data bundles too, one gig Vodacom for ninety-nine, you want one?", R),
            (U, "Nope.", R),
            (C, "Lotto tonight is forty million, I can print you a ticket quick quick.", R),
            (U, "No, thanks.", R),
            (C, "Right. Two hundred and forty-five rand."),
        ],
    ),
    # ------------------------------------------------------------ not cases
    (
        "q12",
        "Durban fish shop",
        [],
        "NOT gossip: warm chat about the customer's own daughter's wedding and her curry",
        [
            (U, "Morning, Mr Pillay! Two kilos of prawns, the big ones."),
            (C, "Morning, aunty! Two kilos, coming now now. For the wedding curry?"),
            (
                U,
                "Ja, my daughter gets married on Saturday. I'm doing prawn curry for the family lunch on Friday.",
            ),
            (C, "You must be so busy. Congratulations, hey. Is the hall all sorted?"),
            (U, "Finally, yes. And the cake came out lekker, my sister did the icing."),
            (C, "That's beautiful. Tell the bride congratulations from all of us here."),
            (C, "Okay, I've deveined them for you. That's four hundred and sixty rand."),
            (U, "Here's five hundred."),
            (C, "Forty change. Enjoy the wedding, aunty!"),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "NOT gossip: a colleague named as the geyser expert and the manager praised for restocking",
        [
            (U, "Hi, my geyser is dripping from the overflow pipe. What do I need?"),
            (
                C,
                "Could be the pressure valve. Sipho in the plumbing aisle knows geysers inside out, let me call him.",
            ),
            (C, "Sipho! Customer here with a geyser question."),
            (U, "Thanks.", {"pause": 6}),
            (U, "He says it's the pressure control valve, the six hundred kPa one.", {"pause": 20}),
            (
                C,
                "Perfect, that's the one. Our manager, Mrs Dlamini, worked hard to get these back in stock after the shortage, she's a star.",
            ),
            (U, "Lucky me, then."),
            (
                C,
                "Four hundred and twelve rand. Keep the slip, you can swap it within thirty days if it's the wrong size.",
            ),
            (U, "Will do, cheers."),
        ],
    ),
    (
        "q14",
        "Johannesburg spaza shop",
        [],
        "NOT gossip: the customer gossips about a neighbour's son while the cashier deflects",
        [
            (
                U,
                "Sisi, did you hear about Mam'Zodwa's son? They say he got the girl from number twelve pregnant and ran off to Durban.",
            ),
            (C, "Eish, I don't know anything about that. What can I get you?"),
            (
                U,
                "Half a loaf and two Russians. But hey, his father was also a cheat, everybody says so.",
            ),
            (C, "Mm. Half a loaf, two Russians. Anything else?"),
            (U, "A Sprite. They say the girl's father is coming to look for him."),
            (
                C,
                "Hey, I'd rather not talk about other people's families, mama. That's thirty-eight rand.",
            ),
            (U, "Ai, you're no fun today. Here's fifty."),
            (C, "Twelve change. Go well."),
        ],
    ),
    (
        "q15",
        "bakery",
        [],
        "NOT repeat: a cake order read back to confirm it, and the customer repeats her own question",
        [
            (
                U,
                "Hi, I'd like to order a birthday cake for Saturday, chocolate, and two dozen cupcakes.",
            ),
            (C, "Lovely. What name goes on the cake?"),
            (U, "Lerato. She's turning seven."),
            (C, "And what time will you collect?"),
            (U, "Around ten in the morning. You're open on Saturday morning, né?"),
            (C, "Yes, from seven."),
            (
                U,
                "Can the icing be pink? And sorry, you are open Saturday, right? My husband said you close for the long weekend.",
            ),
            (C, "Pink is no problem, and yes, we're open as normal this Saturday."),
            (
                C,
                "Let me read it back. One chocolate cake with pink icing, 'Happy Birthday Lerato', and twenty-four cupcakes, collecting Saturday at ten. Is that right?",
            ),
            (U, "Perfect, that's it."),
            (C, "The deposit is two hundred rand, the rest when you collect."),
        ],
    ),
    (
        "q16",
        "Cape Town pharmacy",
        [],
        "NOT repeat: a 'sorry?' re-ask, then different questions of the same shape",
        [
            (C, "Afternoon. What's the surname for the script?"),
            (U, "Sorry?"),
            (C, "The surname on the prescription, please?"),
            (U, "Oh, Van Wyk."),
            (C, "And which medical aid are you on?"),
            (U, "Discovery."),
            (C, "What's the membership number?"),
            (U, "Four four one, two zero nine, seven seven."),
            (C, "Is the antibiotic for you?"),
            (U, "Yes."),
            (C, "And the cough mixture, is that for you as well?"),
            (U, "No, for my son, he's six."),
            (C, "Okay, half the adult dose for him then. Your co-payment is eighty-five rand."),
        ],
    ),
    (
        "q17",
        "Cape Town pharmacy",
        [],
        "NOT rushed: one tailored suggestion for a sunburnt beachgoer plus the usual bag and slip questions, spread out",
        [
            (U, "Hi, something for sunburn, please. We overdid it at Clifton yesterday."),
            (
                C,
                "Ouch, shame. This aloe gel is good, keep it in the fridge and it's lekker cool on the skin.",
            ),
            (U, "Great, I'll take it. We're going back on Thursday, can you believe it."),
            (
                C,
                "Then maybe the factor fifty stick for your face and ears, it doesn't run into your eyes when you swim.",
            ),
            (U, "Ja, good idea, I'll add one."),
            (C, "Did you go in the water? It must have been freezing.", {"pause": 3}),
            (U, "Only up to my knees, it was like ice."),
            (C, "Do you need a bag for these?", {"pause": 3}),
            (U, "No, I've got my own."),
            (C, "That's two hundred and six rand."),
            (U, "Tap is fine?"),
            (C, "Yes, go ahead. Do you want the slip?", {"pause": 4}),
            (U, "No, it's fine, thanks."),
            (C, "Feel better, hey."),
        ],
    ),
    (
        "q18",
        "Harare supermarket",
        [],
        "NOT rushed: a loyalty card mentioned at the start and a change donation at the end of a relaxed visit",
        [
            (C, "Good morning, mama. How are you today?"),
            (U, "I'm fine, my son, and you?"),
            (
                C,
                "Fine, thank you. Do you have our Value Club card? You get points on your groceries.",
            ),
            (U, "Not yet, maybe next time."),
            (C, "No problem at all."),
            (U, "The rains came at last, my tomatoes are finally growing.", {"pause": 5}),
            (C, "That's good news. Everyone who comes in today is talking about the rain."),
            (U, "Ja, and this kapenta is for my husband, he loves it with sadza."),
            (
                C,
                "That's the best way. So that's the kapenta, the rice, the sugar and the cooking oil.",
                {"pause": 6},
            ),
            (C, "Nineteen fifty altogether."),
            (U, "Here's twenty."),
            (
                C,
                "Fifty cents change. We're collecting for the care trust this month, would you like to drop the change in the box?",
                {"pause": 8},
            ),
            (U, "Yes, put it in."),
            (C, "Thank you, mama. Go well."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout170", HELDOUT170, 1701)
