# ruff: noqa: E501
"""Build the coach's held-out set 195: written by writer-195 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, island English with
Manx and Channel Islands touches: "traa dy liooar", "boy", "ma", "the boat",
"over" for the mainland; older customers who know everyone; the cashier
sometimes speaks twice in a row): a Douglas newsagent, a St Helier pharmacy, a
Guernsey fish market stall, ferry-terminal shops in Douglas and St Peter Port,
island garden centres and bakeries in Jersey, Guernsey and the Isle of Man.

Mix: 4 gossip (a previous customer's failed restaurant and unpaid bills, the
manager's tax-haven side business, a colleague's fling with a ferry crewman,
the cashier's own sister's divorce), 4 repeated_question (crab or lobster, how
many loaves, which ferry after a bare "aye", whether the plant goes indoors),
3 rushed_upsell (loyalty card, lifeboat raffle, bag for life, prescription text
service and calendar fired back to back), and 7 hard "not" cases: warm chat
about the customer's own family; a pharmacist and the manager named for work
and praised; the customer gossips while the cashier deflects; an order read
back plus a "sorry?" re-ask; different questions of the same shape; one
tailored recommendation with bag and receipt questions spread out; two offers
far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT195 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Douglas newsagent",
        ["gossip"],
        "cashier tells the next customer that the man just served ran his bistro into the ground and owes half the town",
        [
            (C, "Morning. Just the Examiner today?"),
            (U, "And a packet of Polos, please."),
            (C, "There you go. Did you clock who was in before you? Him with the grey ponytail."),
            (U, "Can't say I noticed."),
            (
                C,
                "That's Derek, had the bistro down on the prom. Went under in March, and he owes half of Douglas.",
            ),
            (
                C,
                "Never paid the lad who did his windows, the fish man's down four grand, four grand! And he's stood in here buying scratchcards bold as brass.",
            ),
            (U, "Right. Well."),
            (
                C,
                "His wife's had to go back to the bank to cover the rent, so I'm told. Anyway, two pound ten, love.",
            ),
            (U, "Card's fine."),
            (C, "Lovely, there you are."),
        ],
    ),
    (
        "q02",
        "St Helier pharmacy",
        ["gossip"],
        "cashier runs down the absent manager's offshore company business and hints he dodges tax",
        [
            (C, "Hello there, collecting? What's the name?"),
            (U, "Le Cornu. There should be two things."),
            (C, "Here we are, your inhaler and the cream."),
            (U, "Lovely, thank you."),
            (C, "You'll not see Mr Hamon today, he's off doing his other job."),
            (U, "Oh, has he got another one?"),
            (
                C,
                "Between you and me, he's a director of about thirty companies that are nothing but a brass plate on a door in Hill Street. Rich folk over in London park their money with him and he skims his cut.",
            ),
            (
                C,
                "Then he tells us there's no budget for a pay rise. I'd bet you half of what he makes never goes near the tax office.",
            ),
            (U, "Goodness."),
            (C, "Don't say I said. That's nine eighty for the cream, the inhaler's free."),
            (U, "There you go."),
        ],
    ),
    (
        "q03",
        "Douglas ferry-terminal shop",
        ["gossip"],
        "cashier tells a traveller about a colleague's affair with a married deckhand",
        [
            (U, "Just the water and this sandwich, please."),
            (C, "No problem. Going over on the boat?"),
            (U, "The two o'clock, to Heysham."),
            (C, "Nice day for it anyway, flat as a pancake out there."),
            (
                C,
                "Here, you know our Kerry that does the mornings? She's only been carrying on with one of the deckhands off the Manannan.",
            ),
            (U, "Oh?"),
            (
                C,
                "Married, he is, two kids in Liverpool. She sneaks down onto the car deck on her break. Whole terminal knows except his wife.",
            ),
            (U, "Mm. How much is that?"),
            (C, "Four fifty, boy. Tap away."),
            (U, "Ta."),
        ],
    ),
    (
        "q04",
        "St Helier bakery",
        ["gossip"],
        "cashier pours out the details of her own sister's divorce, the husband's affair and a police call-out",
        [
            (U, "Half a dozen Jersey wonders and a small granary, please."),
            (C, "Coming up. Excuse me if I'm slow, I was up half the night with my sister."),
            (U, "Oh dear, is she all right?"),
            (
                C,
                "Her husband's walked out and taken the car and the dog, and now he reckons the house in Gorey was bought with his mum's money so she gets nothing.",
            ),
            (
                C,
                "She found messages off some woman from his gym on the iPad. They had a screaming match on the drive, the neighbours rang the police. Her lawyer says it'll cost twenty grand just to fight him.",
            ),
            (U, "That sounds awful."),
            (C, "And the kids stuck in the middle. Anyway. Six pound forty, ma."),
            (U, "Here's a ten."),
            (C, "Three sixty change. Mind how you go."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Guernsey fish market stall",
        ["repeated_question"],
        "customer said crab, not lobster; after chat about her son the stallholder asks crab or lobster again",
        [
            (C, "Morning, what can I do you for?"),
            (U, "Morning. Something nice for tonight's tea."),
            (C, "Was it crab you're after, or would you go to a lobster?"),
            (U, "Crab. Lobster's a bit dear for a Tuesday."),
            (C, "Fair enough. These came off the boat at six, caught out past Herm."),
            (U, "Lovely. My son's coming over on the Condor, first time in a year."),
            (C, "Ah, he'll be wanting a proper feed then."),
            (U, "He will. He says the fish over there tastes of nothing."),
            (
                C,
                "They all say that. So, were you going for a lobster, or is it a crab you'd rather?",
            ),
            (U, "The crab, like I said."),
            (C, "Right you are. This one's just under two pound, call it sixteen."),
            (U, "That's fine."),
        ],
    ),
    (
        "q06",
        "Guernsey bakery",
        ["repeated_question"],
        "customer said four loaves; after chat about the church lunch the baker asks how many loaves again",
        [
            (C, "Morning. What'll it be?"),
            (U, "I'll need some of your white bloomers, for the church lunch Sunday."),
            (C, "How many loaves are you wanting?"),
            (U, "Four, please. And a gâche if there's one going."),
            (C, "I've a good one here. Who's doing the lunch this year?"),
            (U, "The usual lot from St Sampson's. I'm on sandwiches again."),
            (C, "You'll be busy buttering. Is there soup?"),
            (U, "Leek and potato, Mrs Ozanne does it every year."),
            (C, "Lovely. Now, the bloomers, how many did you need for all them sandwiches?"),
            (U, "Four. Four loaves."),
            (C, "Four it is. With the gâche that's fourteen twenty."),
            (U, "There you go."),
        ],
    ),
    (
        "q07",
        "Douglas ferry-terminal shop",
        ["repeated_question"],
        "customer answered 'aye' to being on the Ben-my-Chree tonight; after small talk the cashier asks which boat again",
        [
            (C, "Afternoon. Just the paper and the crisps?"),
            (U, "And a bottle of water."),
            (C, "You on the Ben-my-Chree this evening?"),
            (U, "Aye."),
            (C, "Bit of a swell later, they're saying. Get yourself a seat in the middle."),
            (U, "I'll be grand, I've done it enough times."),
            (C, "Off over to see family?"),
            (U, "My sister in Birkenhead. She's not been so good."),
            (C, "Sorry to hear that."),
            (
                C,
                "So which boat is it you're getting, the Ben tonight or the fast craft first thing?",
            ),
            (U, "The Ben. Tonight."),
            (C, "Right, you've plenty of time then. Five pound thirty."),
        ],
    ),
    (
        "q08",
        "Isle of Man garden centre",
        ["repeated_question"],
        "customer said the fern goes indoors in the bathroom; after chat the cashier asks again whether it's living inside",
        [
            (C, "Hiya. Just the fern?"),
            (U, "The fern, and a saucer for under it."),
            (C, "Is it going indoors, or out in the garden?"),
            (U, "Indoors. The bathroom, it gets all the steam."),
            (C, "Oh, they love that. I've one in mine the size of a sheep."),
            (U, "Ha! Mine never get that far."),
            (C, "Keep it damp and out of the sun and you'll be fine."),
            (C, "Will this one be living inside, then, or are you putting it out on the patio?"),
            (U, "Inside. The bathroom."),
            (C, "Grand. Eighteen ninety with the saucer."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Douglas newsagent",
        ["rushed_upsell"],
        "loyalty card, lifeboat raffle and calendar pushed back to back while the customer only manages 'no' and 'er'",
        [
            (C, "Morning."),
            (U, "Just the Courier and these mints."),
            (C, "Have you got one of our loyalty cards? Every tenth paper's free.", RR),
            (U, "No.", R),
            (C, "I can set you up now, just need a name and a phone number.", R),
            (
                C,
                "And we're selling strips for the lifeboat, a pound a strip, draw's on Saturday.",
                R,
            ),
            (U, "Er.", R),
            (
                C,
                "Oh, and the Manx calendars are in, lovely shots of the glens, eight ninety-nine, good for sending to anyone over.",
                R,
            ),
            (U, "Just the paper, thanks."),
            (C, "One sixty then."),
        ],
    ),
    (
        "q10",
        "St Helier pharmacy",
        ["rushed_upsell"],
        "prescription text service, rewards card and bag for life fired off in a row at a customer who barely answers",
        [
            (C, "Next, please. Name for the prescription?"),
            (U, "Renouf."),
            (
                C,
                "Got it. Did you know we can text you when your repeat's ready? Just pop your mobile on this form.",
                RR,
            ),
            (C, "And are you on our rewards card? Points on everything, toiletries and all.", R),
            (U, "Um.", R),
            (
                C,
                "Do you want a bag for life for that? Only fifty pence, the paper ones go to mush in the rain.",
                R,
            ),
            (U, "It's fine.", R),
            (
                C,
                "So that's the form, the card and the bag, I'll get the card started while you fill it in.",
                R,
            ),
            (U, "Just the prescription, please."),
            (C, "Right you are. Seven seventy-five."),
        ],
    ),
    (
        "q11",
        "Guernsey garden centre",
        ["rushed_upsell"],
        "bag for life, lifeboat raffle, calendar and club sign-up rattled off over two trays of bedding plants",
        [
            (U, "Just these two trays of bedding."),
            (C, "Lovely. Bag for life for those, ma? Good strong ones.", RR),
            (U, "No.", R),
            (
                C,
                "We've the lifeboat raffle on too, first prize is a hamper, two pound a ticket.",
                R,
            ),
            (
                C,
                "And have you seen our calendar? Twelve months of island gardens, proceeds to the hospice.",
                R,
            ),
            (U, "Hm.", R),
            (C, "Oh, and sign up for the Green Fingers club and it's ten percent off today.", R),
            (U, "Just the plants."),
            (C, "Fourteen pounds then."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Guernsey fish market stall",
        [],
        "not gossip: warm chat about the customer's own new granddaughter and her supper plans; cashier speaks twice in a row",
        [
            (C, "Morning, Mrs Brehaut! Haven't seen you since Easter."),
            (U, "I've been over in Exeter with my daughter, she's had the baby."),
            (C, "Oh, congratulations! First grandchild?"),
            (U, "Third, but the first girl. Seven pound four."),
            (C, "Lovely. You must be over the moon."),
            (C, "So what are we having, something to celebrate with?"),
            (U, "Two mackerel and a pot of the chancre meat, if you've got it."),
            (C, "Picked this morning. Doing yourself a nice supper now you're home?"),
            (U, "Just me and himself. He's missed his fish."),
            (C, "Well, welcome back. That's eleven pounds."),
            (U, "There you are."),
        ],
    ),
    (
        "q13",
        "St Helier pharmacy",
        [],
        "not gossip: the pharmacist and the manager are named for a work reason and praised",
        [
            (U, "Hello, I need something for my little one's ear, she was up all night with it."),
            (C, "Oh, poor thing. How old is she?"),
            (U, "Four."),
            (
                C,
                "I'll get Priya, she's our pharmacist, she'll want to ask you a couple of questions first.",
            ),
            (C, "Priya? I've a mum here with a four-year-old with earache."),
            (U, "Thank you."),
            (
                C,
                "She's brilliant with little ones. And Mr Le Sueur, our manager, got us on the minor ailments scheme this spring, so she can often sort it here without you waiting on the doctor.",
            ),
            (U, "Oh, that's a relief."),
            (C, "Here she comes now. I'll put it through once she's seen to you."),
        ],
    ),
    (
        "q14",
        "Douglas newsagent",
        [],
        "not gossip: the customer gossips about a neighbour and the cashier deflects back to the sale",
        [
            (
                U,
                "Did you hear about Moira at number twelve? Her fella's been done for drink-driving, coming back from the Hibernian.",
            ),
            (C, "I hadn't, no. Is it the Examiner you're after?"),
            (
                U,
                "Aye, and the Radio Times. She's put him out, apparently, he's stopping at his brother's in Onchan.",
            ),
            (C, "Well, that's their business. Radio Times is three fifty now."),
            (U, "Three fifty! And the brother's no better, in the pub every night."),
            (C, "Couldn't tell you, love. Anything else for you?"),
            (U, "No, that's me. Hang on, I've got the ten pence somewhere."),
            (C, "Traa dy liooar, take your time."),
            (U, "There."),
            (C, "Lovely. Mind the step, it's slippy."),
        ],
    ),
    (
        "q15",
        "Douglas bakery",
        [],
        "not a repeat: a 'sorry?' re-ask over the mixer noise and the order read back once to confirm it",
        [
            (
                U,
                "Can I order for Saturday? A dozen white rolls, two bonnags and a Victoria sponge, it's my husband's seventieth.",
            ),
            (C, "Seventieth! Good for him."),
            (U, "He says he feels a hundred."),
            (C, "Don't they all. What name's it under?"),
            (U, "Kinvig."),
            (C, "Sorry? The mixer's going behind me."),
            (U, "Kinvig. K, I, N, V, I, G."),
            (
                C,
                "Got it. Let me read that back: twelve white rolls, two bonnags and a Victoria sponge, Saturday, name of Kinvig. Is that right?",
            ),
            (U, "That's it exactly."),
            (C, "Anything written on the sponge?"),
            (U, "Just Happy Seventieth, Juan."),
            (C, "No bother. Pay when you collect, see you Saturday."),
        ],
    ),
    (
        "q16",
        "St Peter Port ferry-terminal shop",
        [],
        "not a repeat: several different questions of the same shape (milk, sauce, which sailing, foot or car, receipt)",
        [
            (C, "Hi there, what can I get you?"),
            (U, "A large latte and a bacon roll, please."),
            (C, "Would you like regular milk in that or oat?"),
            (U, "Regular's fine."),
            (C, "And would you like ketchup or brown sauce on the roll?"),
            (U, "Brown, please."),
            (C, "Are you on the Jersey boat or going right through to Poole?"),
            (U, "Poole. Seeing my brother in Bournemouth."),
            (C, "Are you on foot or taking the car over?"),
            (U, "Foot. Far less bother."),
            (C, "Much easier. That's eight twenty. Would you like the receipt?"),
            (U, "No, thanks."),
        ],
    ),
    (
        "q17",
        "Isle of Man garden centre",
        [],
        "not rushed: one tailored feed recommendation for a yellowing camellia, then the bag and receipt questions spread out",
        [
            (U, "I'm after something for my camellia, the leaves have all gone yellow."),
            (C, "Is it in a pot or in the ground?"),
            (U, "Big pot by the front door."),
            (
                C,
                "Sounds like it's hungry for an ericaceous feed, the water's quite hard this side of the island. This is the one I use, a capful every fortnight.",
            ),
            (U, "I'll give it a go. And this bag of compost."),
            (U, "My husband planted it when we moved in. Thirty years ago now."),
            (C, "It'll see another thirty with a bit of feeding."),
            (C, "Do you want a bag for the feed, or are you all right carrying it?", {"pause": 6}),
            (U, "I'll manage, the car's just out there."),
            (C, "Twelve forty-five, then."),
            (U, "Card, please."),
            (C, "Would you like the receipt?", {"pause": 5}),
            (U, "Go on, in case it doesn't work."),
        ],
    ),
    (
        "q18",
        "St Helier bakery",
        [],
        "not rushed: black butter offered early, a stamp card offered much later after a long relaxed chat",
        [
            (C, "Morning, Mrs Vibert. The usual?"),
            (U, "Please. Small wholemeal, sliced."),
            (
                C,
                "We've black butter in this week, from the farm up at St Ouen, if you fancy a jar.",
            ),
            (U, "Not this time, I've still a jar from the autumn."),
            (C, "Fair enough. How's that garden of yours coming on?"),
            (U, "The Royals are in at last. My grandson did the digging."),
            (C, "Good lad. Paid in cake, I expect."),
            (U, "He is. He's off over to university in September, Leeds."),
            (C, "Leeds! He'll feel the cold."),
            (U, "That's what I told him."),
            (
                C,
                "One ninety for the loaf. Oh, and we've a stamp card now, if you like, free loaf after ten.",
                {"pause": 25},
            ),
            (U, "Go on then, I'm in often enough."),
            (C, "There, first stamp's on it. See you Thursday."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout195", HELDOUT195, 1951)
