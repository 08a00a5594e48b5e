# ruff: noqa: E501
"""Build the coach's held-out set 154: written by writer-154 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings, northern speech with love, nowt, summat,
owt and our kid; the cashier often speaks twice in a row): counters in
Yorkshire and Lancashire mill towns, namely a market hall butcher, a pie shop,
a post office counter at the back of a newsagent, a hospice charity shop, an
old-fashioned hardware shop and a high street pharmacy.

Mix: 4 gossip (a councillor's affair with his secretary, the previous
customer's benefit fiddle, the pharmacist's drinking, the cashier's own
daughter's bad boyfriend), 4 repeated_question (first or second class, how many
pies with a number given both times, which size of screws, thick or thin
sliced), 3 rushed_upsell (gift aid, raffle, loyalty card and newsletter; meal
deal, loyalty card, raffle and cakes; phone top-up, savings account and email)
and 7 hard "not" cases (warm chat about the customer's own golden wedding; a
colleague and the manager named for work reasons and praised; the customer
gossips while the cashier deflects; a big office order read back to confirm
it; a "sorry?" re-ask plus several different questions of the same shape and
a customer repeating her own question; one tailored recommendation with the
usual bag and receipt questions; two offers far apart in a long relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT154 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "market hall butcher",
        ["gossip"],
        "butcher tells a customer at length about a named councillor carrying on with his secretary and his wife finding out",
        [
            (C, "now then love what can i get you"),
            (U, "two pound of mince and four pork chops please"),
            (C, "lean mince or the ordinary"),
            (U, "ordinary is fine"),
            (C, "here you know councillor hargreaves him thats on about the market rents"),
            (C, "hes only been carrying on with his secretary for two year the dirty old devil"),
            (U, "oh i dont really follow the council"),
            (
                C,
                "his wife found them in his car up on the tops behind the reservoir she went through him in the car park of the town hall",
            ),
            (
                C,
                "everyone on the market knows his secretary gets her lamb from us and all butter wouldnt melt",
            ),
            (U, "right well"),
            (C, "anyway thats eleven pound forty love"),
            (U, "there you go"),
        ],
    ),
    (
        "q02",
        "post office counter",
        ["gossip"],
        "clerk tells the next customer that the man who has just left is fiddling his benefits by working cash in hand",
        [
            (C, "next please"),
            (U, "morning i want to pay this gas bill on the card"),
            (C, "pop it in for me when it says"),
            (C, "did you see that fella who were just in front of you with the flat cap"),
            (U, "not really"),
            (
                C,
                "hes in here every thursday drawing his sick money says he cant walk more than ten yard",
            ),
            (
                C,
                "and then hes up a ladder doing windows round the estate all weekend cash in hand our kid sees him",
            ),
            (U, "oh aye"),
            (C, "fiddling the social the lot of it somebody wants to ring the number on him"),
            (U, "is that gone through"),
            (C, "yeah thats gone through love receipt for you"),
        ],
    ),
    (
        "q03",
        "high street pharmacy",
        ["gossip"],
        "counter assistant tells a waiting customer the pharmacist is slow because he was drunk last night and drinks on the job",
        [
            (U, "hiya ive come for my mums prescription its under hirst"),
            (C, "is it the repeat love"),
            (U, "yeah the blood pressure ones"),
            (C, "its not done yet youll have to give him ten minutes"),
            (
                C,
                "between me and you hes useless this morning he were in the red lion while they shut and you can smell it on him",
            ),
            (U, "oh dear"),
            (
                C,
                "third time this month ive had to cover for him he keeps a little bottle in his coat in the back an all",
            ),
            (C, "dont say i said owt mind"),
            (U, "ill just sit down and wait then"),
            (C, "right you are love ill shout you"),
        ],
    ),
    (
        "q04",
        "pie shop",
        ["gossip"],
        "cashier overshares her own daughter's troubles with a violent, jobless boyfriend to a customer buying lunch",
        [
            (C, "sorry love im all over the place this morning what was it"),
            (U, "a steak pie and a cheese and onion please"),
            (C, "ive had no sleep its our leanne"),
            (
                C,
                "shes took up with this lad from the flats hes got no job hes been inside twice and she wont hear a word against him",
            ),
            (U, "oh thats a shame"),
            (
                C,
                "he had her car saturday and put it through a wall and then the police were banging on my door at two in the morning",
            ),
            (
                C,
                "and ive seen the bruise on her arm she says she walked into the door i wasnt born yesterday",
            ),
            (U, "right do you want the money"),
            (C, "oh yeah sorry thats four ten"),
            (U, "there you are"),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "post office counter",
        ["repeated_question"],
        "clerk asks first or second class, is told second, then after weighing and chat asks again which class it is going",
        [
            (C, "morning love what are we sending"),
            (U, "this to my sister in halifax its a birthday card with a bit of money in"),
            (C, "first or second glass"),
            (U, "second it doesnt need to be there while next week"),
            (C, "right pop it on the scales for me"),
            (C, "ooh its a large letter with that card being thick"),
            (U, "is it it feels nowt"),
            (C, "its the size not the weight love they go by the slot"),
            (U, "daft isnt it"),
            (C, "now did you want it going first class or second"),
            (U, "second love like i said"),
            (C, "right thats one pound fifty five then"),
        ],
    ),
    (
        "q06",
        "pie shop",
        ["repeated_question"],
        "cashier asks how many meat and potato pies, is told six, then after gravy and drinks asks how many again and gets six again",
        [
            (C, "hiya love what you after"),
            (U, "meat and potato pies please"),
            (C, "how many do you want"),
            (U, "six please"),
            (C, "do you want gravy with any of them or peas"),
            (U, "no ta theyre for tea ill heat them up"),
            (C, "no bother"),
            (C, "any drinks or owt"),
            (U, "no just the pies"),
            (C, "so how many pies was it you wanted love"),
            (U, "six"),
            (C, "six meat and potato thats nine pound sixty"),
        ],
    ),
    (
        "q07",
        "hardware shop",
        ["repeated_question"],
        "shopkeeper asks which size of screws, is told five by fifty, then after plugs and a drill bit asks which size again",
        [
            (U, "i want some screws for putting a shelf up in the kitchen"),
            (C, "what size are you after the fore by forty or the five by fifty"),
            (U, "five by fifty the longer ones its a heavy shelf"),
            (C, "youll want the brown plugs for them then"),
            (U, "yeah go on and a drill bit to go with it"),
            (C, "seven mil masonry thatll do you"),
            (C, "have you got a decent drill or are you borrowing one"),
            (U, "our kid has one hes coming round sunday"),
            (C, "right and which screws did you say you wanted the fours or the fives"),
            (U, "the fives the fifty mil ones i just told you"),
            (C, "so thats a box of them plugs and the bit six pound eighty"),
        ],
    ),
    (
        "q08",
        "market hall butcher",
        ["repeated_question"],
        "butcher asks thick or thin sliced bacon, is told thin, then after sausages and black pudding asks how thick again",
        [
            (C, "morning young man whats it to be"),
            (U, "a pound of back bacon please"),
            (C, "thick cut or thin"),
            (U, "thin please the kids like it crispy"),
            (C, "owt else"),
            (U, "half a dozen pork sausages and a ring of black pudding"),
            (C, "the bury black pudding or ours"),
            (U, "yours its better"),
            (C, "ha dont tell them on the next stall"),
            (C, "now that bacon how thick do you want me slicing it"),
            (U, "thin i said thin"),
            (C, "right you are that comes to eight pound twenty"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "hospice charity shop",
        ["rushed_upsell"],
        "volunteer fires gift aid, raffle, loyalty card and newsletter at a customer who only mumbles no",
        [
            (U, "just these two books and the jumper please"),
            (C, "lovely thats five pound fifty"),
            (C, "are you a taxpayer love can i get you to fill in a gift eight form for us", RR),
            (U, "erm", R),
            (C, "and weve got the raffle for the hospice a pound a strip do you want a strip", R),
            (U, "no", R),
            (C, "have you got our stamp card every fiver you spend gets a stamp", R),
            (U, "no ta", R),
            (C, "and if you give us your email youll get the newsletter with all the events", R),
            (U, "no im alright thanks"),
            (C, "okey dokey five fifty then"),
        ],
    ),
    (
        "q10",
        "pie shop",
        ["rushed_upsell"],
        "cashier pushes the meal deal, loyalty card, air ambulance raffle and cakes back to back while the customer barely answers",
        [
            (U, "a pasty please"),
            (C, "cheese and onion or the beef"),
            (U, "beef"),
            (
                C,
                "do you want to make it a meal deal pasty a can and a cake for three ninety nine",
                RR,
            ),
            (U, "no just the", R),
            (C, "have you got our loyalty card tenth pie free", R),
            (U, "mm no", R),
            (C, "were selling raffle tickets for the air ambulance an all a quid each", R),
            (U, "no love", R),
            (C, "and vanilla slices are two for two pound today", R),
            (U, "just the pasty please"),
            (C, "two pound twenty then"),
        ],
    ),
    (
        "q11",
        "post office counter",
        ["rushed_upsell"],
        "clerk piles a phone top-up, a savings account leaflet and email sign-up onto a customer posting one parcel",
        [
            (C, "next"),
            (U, "this parcel to preston please second class"),
            (C, "thats three pound thirty nine"),
            (C, "do you want to top your phone up while youre here", RR),
            (U, "no", R),
            (C, "weve got a new easy saver account can i give you a leaflet its four percent", R),
            (U, "not really", R),
            (C, "and can i take your email for our offers and that", R),
            (U, "no thanks", R),
            (C, "and do you want insurance on the parcel", R),
            (U, "no just post it please"),
            (C, "fine card in when youre ready"),
        ],
    ),
    # ---------------------------------------------------------- hard "not"
    (
        "q12",
        "market hall butcher",
        [],
        "warm chat about the customer's own golden wedding meal; only the customer's own life is discussed, no third parties, one question each",
        [
            (C, "eh up margaret you look smart"),
            (U, "ive been to the hairdressers its our golden wedding sunday"),
            (C, "never fifty year congratulations love"),
            (U, "fifty year and hes still not learnt to put the toilet seat down"),
            (C, "ha what are you feeding him then"),
            (U, "a leg of lamb i think theres eight of us with the grandkids"),
            (C, "for eight youll want a good four pound leg let me find you a nice one"),
            (C, "how about that one"),
            (U, "thats grand"),
            (C, "have a lovely day the both of you thats twenty six pound"),
            (U, "ta love see you next week"),
        ],
    ),
    (
        "q13",
        "hospice charity shop",
        [],
        "volunteer names a colleague who tests the electricals and praises him, and the manager for a work reason about holding an item; no private lives",
        [
            (U, "does that record player on the shelf work"),
            (C, "it does love our dennis tests all the electricals before they go out"),
            (
                C,
                "hes a retired electrician and hes brilliant he went through that one on monday and put a new plug on",
            ),
            (U, "oh great how much is it"),
            (C, "twenty five pound its a good un"),
            (U, "i havent got that on me can you keep it while saturday"),
            (C, "jean the manager says we can hold things three days if you leave a name"),
            (U, "its hussain"),
            (C, "lovely ill put a ticket on it for you"),
            (U, "thanks ill be in saturday morning"),
        ],
    ),
    (
        "q14",
        "high street pharmacy",
        [],
        "customer gossips about a neighbour's marriage and the doctor; the assistant does not join in and steers back to the purchase",
        [
            (U, "just these paracetamol and the throat sweets love"),
            (C, "no problem"),
            (
                U,
                "have you heard about her at number nine her husbands gone off with the woman from the bingo",
            ),
            (C, "oh i wouldnt know love"),
            (
                U,
                "and they reckon the doctor up at the surgery knew all along because he treats all three of them",
            ),
            (C, "i couldnt say owt about that"),
            (C, "are the paracetamol for you have you had any other painkillers today"),
            (U, "no just them"),
            (C, "right thats three pound fifteen"),
            (U, "ill tell you the rest next week"),
            (C, "take care of that throat"),
        ],
    ),
    (
        "q15",
        "pie shop",
        [],
        "a big office order is read back once to confirm it, then the routine box question; nothing re-asked",
        [
            (U, "morning can i get a big order for the mill office"),
            (C, "go on love im ready"),
            (
                U,
                "four meat and potato two steak and kidney one cheese and onion and three sausage rolls",
            ),
            (C, "any of them wanting gravy"),
            (U, "two of the meat and potato with gravy in pots"),
            (
                C,
                "so thats four meat and potato two with gravy two steak and kidney one cheese and onion and three sausage rolls",
            ),
            (U, "thats it spot on"),
            (C, "ill do them in a box so they dont slide about"),
            (C, "thats seventeen pound ninety"),
            (U, "card please"),
            (C, "pop it on there for me"),
        ],
    ),
    (
        "q16",
        "post office counter",
        [],
        "a 'sorry' re-ask because the customer could not hear over a noisy drill, then different contents questions of the same shape, and the customer repeating her own question",
        [
            (U, "this is going to my son in leeds"),
            (C, "do you want it signed for"),
            (U, "sorry theyre drilling next door"),
            (C, "signed for love do you want somebody to sign for it at the other end"),
            (U, "no its alright just normal"),
            (C, "is there owt in it thats liquid"),
            (U, "no"),
            (C, "and nowt sharp or any batteries"),
            (U, "no its just a jumper and a card"),
            (U, "when will it get there"),
            (C, "should be wednesday"),
            (U, "wednesday so when did you say it gets there"),
            (C, "wednesday love thats three pound thirty"),
        ],
    ),
    (
        "q17",
        "hardware shop",
        [],
        "one tailored recommendation (anti-mould paint for a steamy bathroom) and the usual bag and receipt questions in a relaxed visit",
        [
            (U, "ive got black mould on the bathroom ceiling again i want some white paint"),
            (C, "is it a bathroom without a window"),
            (U, "theres a little one but nobody opens it"),
            (
                C,
                "then id put this anti mould bathroom paint on instead of ordinary emulsion",
                {"pause": 2.0},
            ),
            (
                C,
                "wipe it down with bleach first let it dry then two coats itll stop it coming back",
            ),
            (U, "oh right ill have that then the small tin"),
            (C, "the litre should do a ceiling"),
            (U, "itll have to its all the room i can stand up in"),
            (C, "ha do you want a bag for it", {"pause": 3.0}),
            (U, "no ill carry it"),
            (C, "twelve pound ninety love", {"pause": 2.0}),
            (U, "there you go"),
            (C, "do you want the receipt or shall i bin it"),
            (U, "bin it ta"),
        ],
    ),
    (
        "q18",
        "hospice charity shop",
        [],
        "two offers (gift aid at the start, a raffle mention at the end) far apart in a long relaxed browse with chat about the customer's own knitting",
        [
            (U, "hiya just these wool and the pattern books"),
            (C, "lovely are you a taxpayer love would you want to gift aid it"),
            (U, "yeah go on ive done it before its under wood"),
            (C, "found you margaret wood"),
            (U, "ooh are these buttons fifty pence a bag", {"pause": 40.0}),
            (C, "they are love theyve come from a lady who did dressmaking"),
            (U, "ill have two bags im doing a cardigan for my granddaughter"),
            (C, "what colour are you going for"),
            (U, "lilac she loves lilac", {"pause": 6.0}),
            (C, "thatll look lovely with them pearly buttons"),
            (C, "thats six fifty altogether", {"pause": 10.0}),
            (U, "there you are"),
            (
                C,
                "and theres raffle tickets on the side for christmas if you ever fancy one no rush",
                {"pause": 4.0},
            ),
            (U, "ill get one next time love ta ra"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout154", HELDOUT154, 1541)
