# ruff: noqa: E501
"""Build the coach's held-out set 130: written by writer-130 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Jamaican, Nigerian and
Ghanaian British speech with some patois): Caribbean and West African shops in
Birmingham and south London: a Jamaican bakery in Brixton and one in Handsworth, an
African grocer in Lewisham, a hair and beauty supply shop on Soho Road, a money
transfer counter in Peckham, a patty shop in Croydon and a church bookshop in
Handsworth.

Mix: 4 gossip (a church elder's second family, the previous customer's immigration
trouble, a co-worker sleeping with the boss, the cashier's own husband's debts),
4 repeated_question (hair length and colour, amount and recipient of a transfer, hard
dough or spice bun, how many patties when the customer had already said), 3
rushed_upsell (loyalty card, bundle, wig sale and WhatsApp list; express fee, app,
rewards card and airtime; church raffle, bundle, WhatsApp broadcast and gift aid) and
7 hard "not" cases (warm chat about the customer's own family; a colleague and the
manager named for work and praised; the customer gossips while the cashier deflects;
an order read back to confirm it; a "sorry?" re-ask among different questions of the
same shape; one tailored recommendation with the bag and receipt questions; two
offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT130 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "church bookshop, Handsworth",
        ["gossip"],
        "cashier tells a customer that a church elder has a secret second family",
        [
            (C, "Blessings, sister. You found the hymn book alright?"),
            (U, "Yes, the big-print one for my mother, and this little devotional."),
            (C, "Lovely. Your mother still coming to the eight o'clock service?"),
            (U, "Every Sunday, rain or shine."),
            (
                C,
                "Listen, you hear about Elder Bramwell? Between me and you, the man have a whole other family in Wolverhampton.",
            ),
            (U, "Eh?"),
            (
                C,
                "Two pickney and a woman, ten years it's been going on. His wife found the second phone in the glovebox and she nearly mash up the car.",
            ),
            (C, "And him standing up there every Sunday leading prayer. Hypocrite."),
            (U, "I don't really know him like that."),
            (C, "Mm. Anyway, that's fourteen pounds fifty."),
            (U, "Card, please."),
        ],
    ),
    (
        "q02",
        "money transfer counter, Peckham",
        ["gossip"],
        "cashier tells the next customer that the man before her has overstayed his visa and could be reported",
        [
            (C, "Next, please. Morning, auntie."),
            (U, "Morning. I want to send to Accra, same as last month."),
            (C, "No problem. You see the man that was just here before you, in the grey coat?"),
            (U, "I didn't notice."),
            (
                C,
                "His visa ran out two years ago. Home Office wrote him, and now he's sending everything home before they pick him up. Every week he's in here emptying his account.",
            ),
            (U, "Ah, that's his business."),
            (C, "I'm just saying, anybody could report him. Even his landlord knows."),
            (U, "Can we do my own transfer, please?"),
            (C, "Sure, sure. How much are you sending?"),
            (U, "Three hundred pounds to Kofi Mensah, same number."),
            (C, "Okay, fee is four ninety-nine. Sign here for me."),
        ],
    ),
    (
        "q03",
        "African grocer, Lewisham",
        ["gossip"],
        "cashier tells a customer a co-worker is sleeping with the owner and hid from his wife",
        [
            (C, "Good afternoon. Just the yam and the palm oil?"),
            (U, "And two tins of Titus sardines."),
            (C, "Okay. Abeg, you see that girl stacking the garri at the back? Blessing?"),
            (U, "Mm."),
            (
                C,
                "She and Mr Adeyemi, the owner. Everybody knows. She's sleeping with him, that's why she gets Saturdays off and the rest of us are here.",
            ),
            (
                C,
                "His wife came in last week and Blessing hid in the cold room for one whole hour. I'm not lying.",
            ),
            (U, "Wahala."),
            (C, "Wahala, I'm telling you. That's twenty-two eighty."),
            (U, "Here."),
            (C, "Thank you, sister."),
        ],
    ),
    (
        "q04",
        "Jamaican bakery, Brixton",
        ["gossip"],
        "cashier overshares her own husband's gambling debts and the bailiffs to a customer who only asked if she was okay",
        [
            (C, "Wah gwan, darling. What can I get you?"),
            (U, "Two bulla cake and a coco bread, please."),
            (C, "Coming up. Bwoy, I'm tired today, you see. Didn't sleep a wink."),
            (U, "Oh no, you alright?"),
            (
                C,
                "My husband, you know. Bailiffs knock the door seven o'clock this morning. He's been hiding letters from me for months, he owes nearly nine thousand on credit cards and some loan man in Croydon.",
            ),
            (
                C,
                "Gambling, all on the horses. I only found out because they wanted to take the car, and the car is in my name.",
            ),
            (U, "Oh gosh, I'm sorry."),
            (
                C,
                "Mi nuh know what fi do. My sister says leave him. Anyway, four pound twenty, love.",
            ),
            (U, "There you go."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "hair and beauty supply, Soho Road",
        ["repeated_question"],
        "after chat about a wedding the cashier asks again which length and which black the customer wanted",
        [
            (C, "Hiya, you looking for anything in particular?"),
            (U, "Yeah, braiding hair, the pre-stretched one."),
            (C, "Which length and colour you after?"),
            (U, "Thirty inch, colour 1B."),
            (C, "Okay, they're on the bottom shelf. You doing it yourself or going to someone?"),
            (U, "My cousin's doing knotless for me Saturday, for a wedding."),
            (C, "Oh nice, whose wedding?"),
            (
                U,
                "My friend from uni, she's marrying a Ghanaian guy, so it's the big traditional one first.",
            ),
            (
                C,
                "Them engagement ones go on all day, make sure you eat before. So how long did you want it, and is it the natural black or the jet black?",
            ),
            (U, "I said thirty, 1B."),
            (C, "Right, yeah. How many packs?"),
            (U, "Six."),
        ],
    ),
    (
        "q06",
        "money transfer counter, Birmingham",
        ["repeated_question"],
        "while the system loads the cashier chats about the cold, then asks again how much and to whom",
        [
            (C, "Hello, sister. Sending or collecting?"),
            (U, "Sending. Two hundred and fifty to my brother in Lagos, Chinedu Okafor."),
            (C, "Okay. Bank account or cash pickup?"),
            (U, "Bank account, the same GTBank one from before."),
            (C, "Let me pull you up. The system is slow today, sorry."),
            (C, "This cold, eh? It's not for us at all."),
            (U, "Chai, don't talk. I've been wearing two jumpers since October."),
            (
                C,
                "Same here, my husband laughs at me. Okay, it's loaded. So how much are we sending today, and who's receiving it?",
            ),
            (U, "Two fifty, to Chinedu. I told you."),
            (C, "Sorry, sorry. Fee is three pounds."),
        ],
    ),
    (
        "q07",
        "Jamaican bakery, Handsworth",
        ["repeated_question"],
        "customer asked for hard dough bread; after football talk the cashier asks whether it was hard dough or spice bun",
        [
            (C, "Morning, Miss Pearl. What you having?"),
            (U, "Morning, darling. Gimme the hard dough bread, the big sliced one."),
            (C, "Nice. You want a slice of cheese with it?"),
            (U, "No, I have cheese at home."),
            (C, "You watch the Reggae Boyz Saturday night?"),
            (U, "Don't remind me. My grandson cry till him fall asleep."),
            (
                C,
                "Them need a new coach, man, seriously. Anyway, which one was it you wanted, the hard dough or the spice bun?",
            ),
            (U, "The hard dough, love."),
            (C, "Right. Two twenty-five."),
        ],
    ),
    (
        "q08",
        "patty shop, Croydon",
        ["repeated_question"],
        "customer gives the full patty order before being asked; after site chat the cashier asks how many and what kind",
        [
            (C, "Alright, boss."),
            (
                U,
                "Hiya, can I get six patties: three beef, two chicken, one veg. And a carrot juice.",
            ),
            (C, "Yes, man. Eating here or taking them away?"),
            (U, "Taking away, they're for the lads on site."),
            (C, "Where you working?"),
            (U, "Building them flats by the station, the ones that have been going on forever."),
            (C, "Ha, I thought them would never finish. My cousin put in for one of them."),
            (C, "Right, so how many patties you want, and what kind?"),
            (U, "Six, mate. Three beef, two chicken, one veg."),
            (C, "Cool, cool. Carrot juice large or small?"),
            (U, "Large."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "hair and beauty supply, Soho Road",
        ["rushed_upsell"],
        "loyalty card, shampoo bundle, WhatsApp offers list and wig sale fired at a customer who says no",
        [
            (C, "Next. Just the edge control and the shampoo?"),
            (U, "Yeah."),
            (C, "You got our loyalty card? It's free, you get a stamp every ten pound.", RR),
            (U, "No.", R),
            (
                C,
                "And the shampoo is three for two with the conditioner and the leave-in, you want to grab the other two?",
                R,
            ),
            (U, "Nah.", R),
            (
                C,
                "Okay, and put your number on our WhatsApp, we send the offers out every Friday.",
                R,
            ),
            (U, "Mm.", R),
            (C, "Wig sale starts today as well, twenty percent off, you want to have a look?", R),
            (U, "Just those, thanks."),
            (C, "Fourteen ninety-nine."),
        ],
    ),
    (
        "q10",
        "money transfer counter, Peckham",
        ["rushed_upsell"],
        "express fee upgrade, app, rewards card with email and airtime top-up pushed in one breath",
        [
            (C, "Hello, what are we doing today?"),
            (U, "Sending a hundred to my mum in Kumasi, mobile money."),
            (
                C,
                "Okay. You want express? It's two pound more but she gets it in ten minutes instead of tomorrow.",
                RR,
            ),
            (U, "Erm.", R),
            (
                C,
                "And if you download our app your next fee is free, I can set it up for you now.",
                R,
            ),
            (U, "No.", R),
            (
                C,
                "There's the rewards card too, every fifth transfer free, I just need your email.",
                R,
            ),
            (U, "It's fine.", R),
            (C, "And we do airtime to Ghana, you want to add ten cedis for her?", R),
            (U, "Just the hundred, please."),
        ],
    ),
    (
        "q11",
        "church bookshop, Handsworth",
        ["rushed_upsell"],
        "raffle ticket, Bible bundle, WhatsApp broadcast list and gift aid pushed at a customer buying one Bible",
        [
            (C, "Blessings. Is it just the Bible?"),
            (U, "Yes, for my godson."),
            (
                C,
                "You want a raffle ticket for the building fund? Two pound, top prize is a hamper.",
                RR,
            ),
            (U, "Mm, no.", R),
            (
                C,
                "There's the bundle as well, Bible with the zip cover and the pen, only five more.",
                R,
            ),
            (U, "No, thanks.", R),
            (
                C,
                "Can I put you on the church WhatsApp broadcast? All the events and the youth programme.",
                R,
            ),
            (U, "I'm okay.", R),
            (C, "And a gift aid envelope, if you want to give towards the roof.", R),
            (U, "Just the Bible."),
            (C, "Twenty-two pounds then."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Jamaican bakery, Handsworth",
        [],
        "not gossip: warm chat about the customer's granddaughter's christening while she orders the cake",
        [
            (C, "Morning, Auntie Marcia! Long time. How you keeping?"),
            (U, "Mi deh yah, darling, mi deh yah. I come to order the cake for Ava's christening."),
            (C, "Ava christening already? She only just born!"),
            (U, "Four months now. Sunday after next, at the church on Lozells Road."),
            (C, "Aww. What kind of cake you thinking? We do the rum fruit cake or the sponge."),
            (U, "Fruit cake, white icing, and put her name in pink."),
            (
                C,
                "Beautiful. It'll be ready the Saturday morning. Forty-five pounds, you can pay half now.",
            ),
            (U, "Here, take the whole thing so me nuh forget."),
            (
                C,
                "Ha! Give her a kiss from me. And tell your daughter congratulations, she must be so proud.",
            ),
            (U, "I will. Bless you, darling."),
        ],
    ),
    (
        "q13",
        "hair and beauty supply, Soho Road",
        [],
        "not gossip: a colleague and the manager named only for work, and praised",
        [
            (C, "Hi, you alright there? You've been looking at them wigs a good while."),
            (U, "Yeah, I want a lace front but I don't know what density to get."),
            (
                C,
                "Honestly, ask Funmi, she's our wig specialist. She trained in Lagos and she's brilliant at matching to your face shape.",
            ),
            (C, "Funmi! Can you come help this lady when you're done?"),
            (U, "Oh, thanks."),
            (
                C,
                "She'll be two minutes, she's just steaming one that Mrs Osei wants in the window.",
            ),
            (U, "No rush."),
            (
                C,
                "Mrs Osei is the manager, she chose all the new stock herself, so Funmi knows exactly which ones are good quality.",
            ),
            (U, "Good to know, thank you."),
        ],
    ),
    (
        "q14",
        "African grocer, Lewisham",
        [],
        "not gossip: the customer gossips about a neighbour's children while the cashier steers back to the shopping",
        [
            (C, "Afternoon, madam. You found the egusi?"),
            (
                U,
                "Yes. Abeg, you know Mama Tolu from the flat upstairs? Her son is in trouble with police again.",
            ),
            (
                C,
                "Ah, I don't know about that one. Is this one the ground egusi or the whole seeds?",
            ),
            (U, "Ground. They say he's selling things, and the daughter is pregnant, no husband."),
            (C, "Mm. God knows best."),
            (U, "Ehen, the whole estate is talking."),
            (C, "People will always talk, auntie. That's eighteen pounds forty."),
            (U, "Take. You people no dey gossip at all."),
            (C, "Not me, I just dey do my work. Enjoy your soup."),
        ],
    ),
    (
        "q15",
        "patty shop, Croydon",
        [],
        "not a repeat: the cashier reads the order back to confirm it, then asks a new question about heat",
        [
            (C, "Yes, boss, what can I get you?"),
            (U, "Let me get four beef, two saltfish and a jerk chicken one. Plus two Ting."),
            (C, "So that's four beef, two saltfish, one jerk chicken and two Ting, yeah?"),
            (U, "Yeah, exactly."),
            (C, "Mild or hot on the beef?"),
            (U, "Hot, always."),
            (C, "Safe. Eleven pound fifty."),
            (U, "There's twenty."),
            (C, "Eight fifty change. Enjoy, man."),
        ],
    ),
    (
        "q16",
        "money transfer counter, Peckham",
        [],
        "not a repeat: one 'sorry?' because the printer drowned the answer, and different receiver details asked in the same shape",
        [
            (C, "Good morning. Where's the money going today?"),
            (U, "Two hundred pounds to Kingston, Jamaica."),
            (C, "And what's the receiver's full name?"),
            (U, "Delroy Campbell."),
            (C, "And his phone number?"),
            (U, "Eight seven six, five five five, two one nine four."),
            (C, "Sorry, love? The printer's going, say that again for me.", {"pause": 2.0}),
            (U, "Eight seven six, five five five, two one nine four."),
            (C, "Got it. And what's his relationship to you?"),
            (U, "My dad."),
            (C, "And the reason for sending?"),
            (U, "Family support, for his medicine."),
            (C, "Lovely. Fee is three ninety-nine, and he can collect from this afternoon."),
        ],
    ),
    (
        "q17",
        "church bookshop, Handsworth",
        [],
        "not rushed: one tailored recommendation for a teenager's confirmation, then the usual bag and receipt questions",
        [
            (C, "Hello, can I help you find something?"),
            (
                U,
                "My niece is getting confirmed next month, she's fourteen. I want something she'll actually read.",
            ),
            (
                C,
                "For that age I'd go for this one, the youth devotional. Short daily readings, and it talks about exams and social media, not just old people things.",
            ),
            (U, "Oh, that's perfect actually. I'll take it, and this card."),
            (C, "Good choice. She'll like the cover as well."),
            (U, "She will, she loves purple."),
            (C, "That's twelve ninety-eight. Do you need a bag?", {"pause": 3.0}),
            (U, "Yes please, it's raining out there."),
            (C, "Receipt in the bag?", {"pause": 4.0}),
            (U, "Please, in case she has it already."),
            (C, "Tell her congratulations from us."),
        ],
    ),
    (
        "q18",
        "patty shop, Croydon",
        [],
        "not rushed: a new sponge offered at the start and a stamp card mentioned much later in a relaxed chat with a regular",
        [
            (C, "Ah, Mr Boateng! Chale, how be? The usual?"),
            (U, "I dey, I dey. Yes, two chicken patties and a coco bread."),
            (C, "We did a pineapple sponge today, first batch. You want a slice with that?"),
            (U, "Go on then, just one."),
            (C, "How's the new job going? You started at the hospital, no?"),
            (U, "Three weeks now. Nights are killing me, but the team is good."),
            (C, "Night shift is no joke. Make sure you eat proper, not just patties."),
            (U, "Ha, tell my wife that."),
            (C, "Okay, two chicken, coco bread and the sponge. Seven pound ten.", {"pause": 12.0}),
            (U, "Card."),
            (
                C,
                "Oh, and we started a stamp card this month, ten patties and the next one is free. Want one? No pressure.",
                {"pause": 20.0},
            ),
            (U, "Yeah, why not, I'm here every week."),
            (C, "There you go, two stamps already. Safe, boss."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout130", HELDOUT130, 1301)
