# ruff: noqa: E501
"""Build the coach's held-out set 164: written by writer-164 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Australian and New
Zealand speech: "mate", "reckon", "no worries", "arvo", "heaps"): counter staff
in Melbourne, Brisbane and Auckland at a bottle shop, a surf shop, a chemist, a
cafe counter, a hardware store and a servo. The cashier sometimes speaks twice
in a row.

Mix: 4 gossip (a footy player's affair, the previous customer's unpaid rego
fines, the manager's pokies habit, the cashier's flatmate's dodgy boyfriend),
4 repeated_question (which beer, how many litres, which board size, how many
shots; the litres one asked a third time), 3 rushed_upsell (rewards card,
scratchie, car wash; extended warranty, rewards card, donation round-up;
rewards card, vitamin special, donation round-up, email receipt), and 7 hard
"not" cases (warm chat about the customer's own life; a colleague named for a
work reason and the manager praised; the customer gossips while the cashier
deflects; an order read back to confirm it; a "sorry?" re-ask plus different
questions of the same shape and a customer repeating their own question; one
tailored recommendation with the routine bag and receipt questions; two offers
far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT164 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Melbourne bottle shop",
        ["gossip"],
        "cashier passes on insider dirt about a footy player's affair with a teammate's wife",
        [
            (C, "G'day mate, just the slab of Carlton?"),
            (U, "Yeah, and a bag of ice if you've got it."),
            (C, "Ice is in the freezer by the door, grab whichever."),
            (U, "Cheers. Off to the footy tonight."),
            (C, "Oh, you heard about their full-forward? My cousin does the physio at the club."),
            (
                C,
                "He's been rooting his captain's wife since preseason, and the captain only found out when he saw the texts on her phone.",
            ),
            (U, "Jeez, right."),
            (
                C,
                "Apparently they had a proper punch-up in the rooms, that's why he's 'injured'. Don't tell anyone I said that, ha.",
            ),
            (U, "Fair enough. How much do I owe you?"),
            (C, "Fifty-eight with the ice, mate."),
        ],
    ),
    (
        "q02",
        "Brisbane servo",
        ["gossip"],
        "cashier tells the next customer about the previous driver's pile of unpaid rego fines",
        [
            (C, "Morning! Pump four?"),
            (U, "Yep, pump four, and a flat white from the machine."),
            (
                C,
                "No worries. Sorry about the wait before, that bloke in the ute was doing my head in.",
            ),
            (
                C,
                "He's got about six grand in unpaid rego fines, told me all about it while his card kept declining.",
            ),
            (U, "Oh, yikes."),
            (
                C,
                "Cops already pulled him over twice this month and he's still driving it unregistered. Reckon he'll lose the licence by Christmas, honestly.",
            ),
            (U, "Mm. Can I tap?"),
            (C, "Go for it. Sixty-four twenty."),
            (U, "Done. Ta."),
        ],
    ),
    (
        "q03",
        "Melbourne cafe counter",
        ["gossip"],
        "cashier overshares about the manager's pokies habit and the missing float",
        [
            (U, "Can I grab a long black and a banana bread, please?"),
            (C, "Sure thing. Having it here?"),
            (U, "Takeaway, thanks."),
            (C, "Sorry it's a bit chaotic, Marco's not in again."),
            (
                C,
                "Between you and me, he's down at the pub on the pokies every arvo. Dropped his whole pay last Thursday.",
            ),
            (U, "Oh no."),
            (
                C,
                "Yeah, and the till was forty bucks short on Friday, so, you know. Draw your own conclusions. His wife has no idea.",
            ),
            (U, "Right... how much is that?"),
            (C, "Eleven-fifty, thanks."),
            (U, "Here you go."),
            (C, "Ta, coffee won't be long."),
        ],
    ),
    (
        "q04",
        "Auckland surf shop",
        ["gossip"],
        "cashier unloads her own flat drama about her flatmate's dodgy boyfriend",
        [
            (C, "Kia ora, just the rash vest today?"),
            (U, "Yeah, this one in a medium, cheers."),
            (C, "Sweet. Sorry if I'm a bit frazzled, it's been a mean week at home."),
            (
                C,
                "My flatmate's new boyfriend has basically moved in without paying a cent, and I'm pretty sure he's been nicking stuff out of my room.",
            ),
            (U, "Oh, that's not great."),
            (
                C,
                "He's got a warrant out too, I reckon, he hides in the bathroom every time someone knocks. And she thinks he's an angel. I could scream.",
            ),
            (U, "Sounds rough. Can I pay by card?"),
            (C, "Yep, sixty-nine ninety-nine. Sorry for dumping all that on you."),
            (U, "All good."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Melbourne bottle shop",
        ["repeated_question"],
        "customer already chose the Balter XPA six-pack; after a chat about the cricket the cashier asks which beer again",
        [
            (C, "How're we going? What can I get you?"),
            (
                U,
                "Just a six of beer for tonight. What do you reckon between the Balter and the Stone and Wood?",
            ),
            (C, "Both good. Balter's a bit hoppier."),
            (U, "I'll go the Balter XPA then, the six-pack."),
            (C, "Easy. You watching the cricket later?"),
            (U, "Yeah, mates are coming round. Reckon we'll get flogged."),
            (C, "Ha, probably. Their bowling's been woeful all summer."),
            (C, "Anyway, which beer did you want to grab?"),
            (U, "Uh, the Balter. The XPA, like I said."),
            (C, "Oh yep, sorry. Twenty-six dollars, thanks."),
        ],
    ),
    (
        "q06",
        "Brisbane hardware store",
        ["repeated_question"],
        "customer says ten litres of paint; the cashier asks the quantity again twice after digressions about the colour and the deck",
        [
            (U, "Hi, I need the Dulux in Natural White, for the back fence."),
            (C, "No worries. How many litres are you after?"),
            (U, "Ten litres should do it."),
            (C, "Good choice, that white goes with heaps of stuff. You doing the whole fence?"),
            (U, "Yeah, and maybe the deck railings if there's any left."),
            (C, "What size tin did you want me to tint?"),
            (U, "Ten litres. The big one."),
            (
                C,
                "Righto. Oh, and you'll want a decent roller for the palings, the ones near aisle three are on special.",
            ),
            (U, "Nah, I've got rollers."),
            (C, "Fair enough. So how much paint are we mixing up for you?"),
            (U, "Mate, ten litres. Third time."),
            (C, "Sorry, sorry. Ten litres of Natural White, give us five minutes."),
        ],
    ),
    (
        "q07",
        "Auckland surf shop",
        ["repeated_question"],
        "customer picked the 7'6 mini-mal; after talk about Piha the cashier asks which length board again",
        [
            (U, "Kia ora, I'm after a foamie for my daughter, she's just starting out."),
            (C, "Nice. We've got the seven-two and the seven-six, which size are you thinking?"),
            (U, "The seven-six, she's fairly tall for twelve."),
            (C, "Good call, heaps more float on that one."),
            (C, "Where's she learning?"),
            (U, "Muriwai mostly. Maybe Piha when she's braver."),
            (
                C,
                "Piha can be gnarly on a big day, Muriwai's a good spot for it. My first board was snapped out there, ha.",
            ),
            (U, "Ha, hopefully not this one."),
            (C, "So which length did you want, the seven-two or the bigger one?"),
            (U, "The seven-six. I said that before."),
            (C, "Ah, so you did, sorry. That's three-forty-nine."),
        ],
    ),
    (
        "q08",
        "Auckland cafe counter",
        ["repeated_question"],
        "customer ordered a double-shot flat white; after chat about the weather the cashier asks how strong again",
        [
            (C, "Morena! What are you having?"),
            (U, "Large flat white, oat milk, double shot please."),
            (C, "Sweet as."),
            (U, "Brutal out there this morning, eh? Sideways rain."),
            (
                C,
                "Honestly, my umbrella turned inside out on Queen Street. Welcome to Auckland in June.",
            ),
            (U, "Ha, classic."),
            (C, "And how many shots did you want in that?"),
            (U, "Two. A double."),
            (C, "Yep, too easy. Seven-eighty thanks."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Brisbane servo",
        ["rushed_upsell"],
        "customer is late for work; cashier fires rewards card, car wash and scratchie offers back to back",
        [
            (U, "Pump two thanks, sorry I'm running super late."),
            (
                C,
                "Pump two, sixty-one forty. Have you got our rewards card? Takes ten seconds to sign up, saves you four cents a litre.",
                RR,
            ),
            (U, "No, I'm fine.", R),
            (C, "And the premium car wash is half price today, want me to chuck it on?", R),
            (U, "Nah, I'm—", R),
            (C, "Quick scratchie for the road? Jackpot's up to two hundred grand this week.", R),
            (U, "No. Just the fuel, please, I've really got to go."),
            (C, "Righto, tap when you're ready."),
        ],
    ),
    (
        "q10",
        "Melbourne hardware store",
        ["rushed_upsell"],
        "customer buying a drill before the yard closes gets extended warranty, trade card and donation round-up pushed in a rush",
        [
            (U, "Just this drill, mate, quick as you can, they're closing the car park."),
            (
                C,
                "Righto. Want to add the three-year extended warranty on that? It's only twenty-nine dollars.",
                RR,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Are you signed up to our PowerPass or rewards club? I can do it now if you give me your email.",
                R,
            ),
            (U, "No, I—", R),
            (C, "And would you like to round up to the dollar for the Good Friday Appeal?", R),
            (U, "Fine, whatever, just ring it up."),
            (C, "Hundred and forty-nine, rounded to one-fifty. Cheers."),
        ],
    ),
    (
        "q11",
        "Auckland chemist",
        ["rushed_upsell"],
        "customer with a sick kid in the car is hit with loyalty card, vitamin special, donation and email receipt in one burst",
        [
            (U, "Just the Pamol for kids, please, my boy's in the car with a fever."),
            (C, "Oh no. Do you have our loyalty card? You'd get points on that.", RR),
            (U, "No.", R),
            (
                C,
                "We've got the immune-support vitamins two for one this week, perfect for winter.",
                R,
            ),
            (C, "Would you like to add a dollar for the Child Cancer Foundation?", R),
            (U, "No, sorry, I need to—", R),
            (C, "And can I grab an email for your receipt?", R),
            (U, "Paper's fine. Please, I have to go."),
            (C, "Sorry, that's fourteen ninety-nine."),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Auckland cafe counter",
        [],
        "not gossip: warm chat about the customer's own new baby and move; routine takeaway question only",
        [
            (C, "Hey, long time no see! How's the little one?"),
            (U, "Oh, she's great, finally sleeping through. Four months now."),
            (C, "Aw, that's huge. You must feel like a new person."),
            (U, "Pretty much! And we've just moved to Pt Chev, so it's been a mad few weeks."),
            (C, "Oh nice, you'll love it, the beach walk there is beautiful with a pram."),
            (U, "That's the plan. Can I get a regular mocha and a fluffy for her big brother?"),
            (C, "Course. Having them here or taking away?"),
            (U, "Takeaway, thanks."),
            (C, "Nine-fifty. Congrats again on the move."),
        ],
    ),
    (
        "q13",
        "Brisbane hardware store",
        [],
        "not gossip: a colleague named because he knows the irrigation fittings, and the manager praised for sorting a refund",
        [
            (
                U,
                "Hey, I'm trying to find a joiner for this dripper line, the hose is thirteen mil.",
            ),
            (
                C,
                "Ah, the irrigation stuff is a bit of a maze. Have a chat to Dave in aisle twelve.",
            ),
            (
                C,
                "He put in the whole system at the community garden, he'll know exactly which fitting you need.",
            ),
            (
                U,
                "Legend, thanks. Oh, and I wanted to say thanks for last week, your manager sorted my refund on the mower.",
            ),
            (C, "Oh good, Priya's great like that. She hates seeing people walk out unhappy."),
            (U, "Yeah, she was really good about it."),
            (C, "I'll pass it on, she'll be stoked. Anything else for now?"),
            (U, "Nah, I'll go find Dave. Cheers."),
        ],
    ),
    (
        "q14",
        "Melbourne chemist",
        [],
        "not gossip: the customer gossips about her neighbour while the cashier politely steers back to the script",
        [
            (C, "Hi there, picking up a script?"),
            (
                U,
                "Yes, for Jan Kowalski. You know Barry from next door to me? He's been collecting sleeping tablets here for years, apparently.",
            ),
            (C, "Oh, I couldn't really say, sorry. Let me just find your bag."),
            (U, "His wife reckons he's hooked. Shocking, isn't it."),
            (C, "Mm. Here we are, Jan, your blood pressure tablets."),
            (C, "Same as last month, one in the morning with food."),
            (U, "Lovely. And she says he's been out every night, too."),
            (C, "Right. That's seven dollars thirty with your concession card."),
            (U, "Here you are."),
            (C, "Thanks, Jan, look after yourself."),
        ],
    ),
    (
        "q15",
        "Melbourne cafe counter",
        [],
        "not a repeat: the cashier reads a big office order back once to confirm it",
        [
            (
                U,
                "Morning, can I get a big order for the office? Three flat whites, two lattes, one with almond, and a chai.",
            ),
            (C, "Sure, what size for all those?"),
            (U, "Regular for everything."),
            (C, "Easy. Any sugars?"),
            (U, "One sugar in one of the flat whites."),
            (C, "Let me just read that back so we get it right."),
            (
                C,
                "Three regular flat whites, one with a sugar, two lattes, one on almond, and a regular chai. That right?",
            ),
            (U, "Spot on."),
            (C, "Beaut. Thirty-four eighty, I'll bring them to the end of the bar."),
        ],
    ),
    (
        "q16",
        "Brisbane servo",
        [],
        "not a repeat: 'sorry?' re-ask over the noise, different how-many questions about pies and ice, and the customer repeating their own question",
        [
            (C, "How many of the pies were you after?"),
            (U, "Three, please."),
            (C, "Sorry? Truck's going past, didn't catch that."),
            (U, "Three pies!"),
            (C, "Three, no worries. And how many bags of ice?"),
            (U, "Just the two. Do you sell gas bottles here?"),
            (C, "We do swaps out the front."),
            (U, "Sorry, so do you sell them, or just swap?"),
            (C, "Swap only, mate, bring your empty back and it's thirty-two bucks."),
            (U, "Ah, righto, I'll be back with it tomorrow."),
            (C, "Too easy. Twenty-nine sixty for the pies and ice."),
        ],
    ),
    (
        "q17",
        "Auckland surf shop",
        [],
        "not rushed: one wax recommendation tailored to the cold water, with the usual bag and receipt questions at a relaxed pace",
        [
            (U, "Hey, just this leash please."),
            (C, "No worries. Where are you surfing at the moment?"),
            (U, "Raglan, mostly. Water's freezing this time of year."),
            (
                C,
                "Yeah, it's bitter. If you're still on your summer wax, grab a cold-water bar, it'll actually stick when it's twelve degrees.",
            ),
            (U, "Oh, good shout, I've been slipping off heaps. I'll grab one."),
            (C, "Sweet. That's fifty-four ninety all up.", {"pause": 3.0}),
            (U, "Tap's good."),
            (C, "Want a bag for those, or are you right?", {"pause": 2.5}),
            (U, "I'm right, thanks."),
            (C, "And do you want the receipt?", {"pause": 3.0}),
            (U, "Nah, all good. Cheers."),
        ],
    ),
    (
        "q18",
        "Melbourne bottle shop",
        [],
        "not rushed: a Saturday tasting mentioned early and the rewards card offered much later, in an unhurried browse",
        [
            (C, "Afternoon. Just give us a yell if you need a hand."),
            (U, "Thanks. I'm looking for a red for a dinner party, something not too heavy."),
            (
                C,
                "A pinot's probably your friend then. The Yarra Valley ones on the left are lovely.",
            ),
            (
                C,
                "We're actually doing a free pinot tasting Saturday arvo if you're ever keen to try a few.",
            ),
            (U, "Oh, might do. I'll have a look around."),
            (U, "Okay, I'll take this Giant Steps one.", {"pause": 45.0}),
            (C, "Good pick. The dinner party's tonight?", {"pause": 2.0}),
            (U, "Tomorrow. Eight of us, mostly slow-cooked lamb."),
            (
                C,
                "That'll go beautifully. Do you have a member card with us, by the way?",
                {"pause": 2.0},
            ),
            (U, "No, I'm not really into those."),
            (C, "No worries at all. Forty-two dollars, thanks."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout164", HELDOUT164, 1641)
