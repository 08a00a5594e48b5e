# ruff: noqa: E501
"""Build the coach's held-out set 163: written by writer-163 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings such as "clink hammers" and "wednesday dale"):
counter staff in Northern England and Scottish Borders market towns, speaking
Borders and Cumbrian English ("aye", "canny", "bairn", "lass", "champion", "owt"):
a tea room counter, a tackle shop, an outdoor clothing shop, a butcher, a chemist
and a cheese stall. The cashier sometimes speaks twice in a row.

Mix, 18 conversations: 4 gossip (the doctor's wife and the gamekeeper, the previous
customer's salmon poaching, the owner's tax dodge, the cashier's daughter's pregnancy
scare); 4 repeated_question (which fly, how many sausages after a bare-number answer,
which welly size, how many slices of ham, each re-asked in other words after small
talk); 3 rushed_upsell (waterproof spray, loyalty card, newsletter, raffle, charity
tin and the like fired back to back at a walker in a hurry); 7 hard "not" cases
(warm chat about the customer's own hip and new grandbairn; a colleague praised and
the boss named for a work reason; the customer gossips while the cashier deflects;
an order read back to confirm it; a "sorry what" re-ask plus different questions of
the same shape; one tailored recommendation with the routine bag and receipt
questions; two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT163 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "tea room counter",
        ["gossip"],
        "cashier tells a customer the doctor's wife is having an affair with the gamekeeper",
        [
            (C, "morning pet what can i get you"),
            (U, "pot of tea for one and a cheese scone please"),
            (C, "aye grand ill bring it through"),
            (
                C,
                "here you didnt hear it from me but doctor armstrongs wife has been carrying on with the game keeper up at the hall",
            ),
            (U, "oh i dont really know them"),
            (
                C,
                "her little red car has been parked up the estate track three mornings running and him nowhere near the birds",
            ),
            (C, "whole village knows bar the doctor himself poor soul"),
            (U, "right well"),
            (C, "thats four pound twenty with the scone"),
            (U, "card please"),
        ],
    ),
    (
        "q02",
        "tackle shop",
        ["gossip"],
        "cashier tells a customer that the man who just left poaches salmon and sells it in the pub",
        [
            (C, "now then what are you after"),
            (U, "a box of size fourteen hooks and some split shot"),
            (C, "champion theyre just here"),
            (C, "see that lad that just went out in the green van"),
            (U, "aye"),
            (
                C,
                "hes been netting salmon off the tweed at night the bailiffs near enough had him last back end",
            ),
            (
                C,
                "flogs them out the back of the crown in hawick twenty quid a fish and his wife on the sick an all",
            ),
            (U, "is that right"),
            (C, "bold as brass coming in here buying line like hes a proper angler"),
            (U, "how much do i owe you"),
            (C, "six pound eighty"),
        ],
    ),
    (
        "q03",
        "cheese stall",
        ["gossip"],
        "cashier tells a customer the stall owner pockets the cash takings and lies to the tax man",
        [
            (C, "hiya love what are you fancying"),
            (U, "a wedge of the smoked cheddar and some of that crumbly lancashire"),
            (C, "about that much"),
            (U, "aye thats canny"),
            (
                C,
                "between you and me the boss takes all the cash from market days home in a carrier bag",
            ),
            (
                C,
                "none of it goes through the books he tells the tax man he barely breaks even and hes just bought a static caravan at silloth",
            ),
            (U, "oh dear"),
            (C, "dont say owt mind"),
            (U, "no no"),
            (C, "seven pound forty then pet"),
        ],
    ),
    (
        "q04",
        "chemist",
        ["gossip"],
        "cashier overshares her teenage daughter's pregnancy scare and the row that followed",
        [
            (C, "hello there is it just these"),
            (U, "aye the throat sweets and a packet of paracetamol"),
            (C, "lovely"),
            (
                C,
                "sorry im all over the place today our kayleigh had a pregnancy scare at the weekend",
            ),
            (U, "oh"),
            (
                C,
                "seventeen she is and the lad is a complete waste of space i was up half the night screaming at the pair of them",
            ),
            (C, "test came back negative thank god but her dad doesnt know the half of it"),
            (U, "well im glad its alright"),
            (C, "three pound fifteen please"),
            (U, "there you are"),
            (C, "ta pet"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "tackle shop",
        ["repeated_question"],
        "customer names the fly pattern; after chat about the river the cashier asks again which fly",
        [
            (U, "im after some flies for the eden this weekend"),
            (C, "what were you thinking of"),
            (U, "a few clink hammers size sixteen theyve done me well up there"),
            (C, "good choice"),
            (C, "hows the water looking up your way"),
            (U, "low and clear we could do with a drop of rain"),
            (C, "aye its been that dry the grayling will be sulking on the bottom"),
            (U, "ha aye"),
            (C, "so which pattern did you say you fancied"),
            (U, "the klinkhamers like i said sixteens"),
            (C, "right you are"),
        ],
    ),
    (
        "q06",
        "butcher",
        ["repeated_question"],
        "customer answers 'eight' to how many sausages; after talk of the grandbairns the cashier asks the count again",
        [
            (C, "morning whats it to be"),
            (U, "some of your cumberland sausages please"),
            (C, "how many do you want"),
            (U, "eight"),
            (C, "right"),
            (C, "you doing owt nice this weekend"),
            (U, "just the grandbairns coming over for their tea"),
            (C, "oh lovely theyll be made up with these"),
            (C, "and how many sausages was it you were after hinny"),
            (U, "eight pet"),
            (C, "eight it is"),
        ],
    ),
    (
        "q07",
        "outdoor clothing shop",
        ["repeated_question"],
        "customer gives her welly size; after chat about the allotment the cashier asks what size again",
        [
            (U, "have you got these wellies in the green"),
            (C, "we have what size are you"),
            (U, "a seven im always a seven"),
            (C, "champion ill pop them through"),
            (C, "are they for walking or the garden"),
            (U, "the allotment mainly it turns into a bog this time of year"),
            (C, "ha aye mine too the leeks are swimming"),
            (C, "now what size foot did you need in these"),
            (U, "seven love"),
            (C, "ill fetch a pair"),
        ],
    ),
    (
        "q08",
        "butcher",
        ["repeated_question"],
        "customer asks for six slices of ham; after school-run chat the cashier asks how many slices again",
        [
            (U, "can i get some of the honey roast ham"),
            (C, "aye how many slices"),
            (U, "six thin ones please"),
            (C, "thin as you like"),
            (U, "its for the bairns pack ups"),
            (C, "oh theyre back at school monday then"),
            (U, "aye thank goodness"),
            (C, "youll be counting the hours lass"),
            (C, "right how many bits of ham did you want"),
            (U, "six"),
            (C, "there you go"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "outdoor clothing shop",
        ["rushed_upsell"],
        "walker racing for a bus gets waterproof spray, loyalty card, newsletter and postcode pushed back to back",
        [
            (U, "just this map please im in a rush the bus goes in five minutes"),
            (C, "no bother"),
            (C, "do you want a can of the waterproofing spray for your jacket its on offer", RR),
            (U, "no", R),
            (C, "have you got one of our loyalty cards i can do you one now", R),
            (C, "and can i take your email for the newsletter", R),
            (U, "no honestly im fine", R),
            (C, "its just your name and postcode then", R),
            (U, "i really need to go"),
            (C, "nine ninety nine"),
        ],
    ),
    (
        "q10",
        "tea room counter",
        ["rushed_upsell"],
        "walker wanting a quick takeaway tea is hit with flapjack deal, raffle, stamp card and charity tin",
        [
            (U, "takeaway tea please quick as you can the lads are waiting outside"),
            (C, "aye right"),
            (C, "you want a flapjack with that theyre two for one today", RR),
            (U, "no ta", R),
            (C, "raffle tickets for the mountain rescue a pound a strip", R),
            (U, "er", R),
            (C, "and do you want a stamp card tenth cuppa free", R),
            (C, "or pop something in the tin for the hospice", R),
            (U, "just the tea please"),
            (C, "one eighty"),
        ],
    ),
    (
        "q11",
        "chemist",
        ["rushed_upsell"],
        "walker catching a train buys blister plasters and gets points card, sign-up, sun cream and charity tin in a burst",
        [
            (U, "blister plasters please im catching the train"),
            (C, "these ones"),
            (U, "aye them"),
            (C, "are you on our points card you get points on that", RR),
            (U, "no", R),
            (C, "want to sign up now it takes two minutes", R),
            (C, "the sun cream is half price if youre up on the fells", R),
            (U, "no thanks", R),
            (C, "and any spare change for the air ambulance", R),
            (U, "sorry ive got to run"),
            (C, "four twenty five"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "tea room counter",
        [],
        "warm chat about the customer's own hip operation and her new granddaughter; no third-party gossip",
        [
            (C, "hiya margaret the usual is it"),
            (U, "aye pot of tea and a toasted teacake"),
            (C, "how did you get on at the hospital with your hip"),
            (U, "oh champion theyre doing it in march"),
            (C, "thats grand news youll be back up skid or by the summer"),
            (U, "ha i doubt it"),
            (U, "our lass had the bairn on tuesday a little girl"),
            (C, "oh congratulations whats she called"),
            (U, "isla seven pound two"),
            (C, "thats a bonny name youll be knitting for weeks"),
            (C, "three sixty when youre ready pet"),
            (U, "there you go"),
        ],
    ),
    (
        "q13",
        "butcher",
        [],
        "a colleague is named and praised for his butchery and the boss is named only for a discount; no private lives",
        [
            (U, "have you any lamb shanks left"),
            (C, "ill just have a look"),
            (
                C,
                "gordon in the back sold the last four this morning but hes cutting another shoulder now",
            ),
            (U, "oh great ill wait"),
            (
                C,
                "hes a wizard with a knife is gordon took first for his sausages at the kelso show",
            ),
            (U, "ha well theyre canny sausages"),
            (C, "the boss says i can do you the shanks two for nine seeing as youve waited"),
            (U, "champion ill have two"),
            (C, "nine pound then pet"),
        ],
    ),
    (
        "q14",
        "cheese stall",
        [],
        "the customer gossips about the minister and the postmistress while the cashier deflects back to the cheese",
        [
            (
                U,
                "here did you hear about the minister at the kirk and that woman from the post office",
            ),
            (C, "cant say i did"),
            (U, "seen them in the hotel in peebles on thursday holding hands"),
            (C, "well folk do what they do"),
            (C, "now was it the blue you were after or the wednesday dale"),
            (U, "the blue and his wife doesnt suspect a thing"),
            (C, "i keep well out of all that love half a pound of the blue then"),
            (U, "aye go on"),
            (C, "five pound ten please"),
        ],
    ),
    (
        "q15",
        "butcher",
        [],
        "the cashier reads the whole order back once to confirm it before ringing it up; not a repeated question",
        [
            (
                U,
                "can i have a pound of steak mince four pork chops and a dozen of the thin sausages",
            ),
            (C, "aye nae bother"),
            (C, "theres your mince"),
            (C, "and the chops"),
            (U, "ive got the whole family up for the weekend"),
            (C, "oh youll be run off your feet"),
            (
                C,
                "right so thats a pound of mince four chops and twelve thin sausages is that the lot",
            ),
            (U, "thats the lot"),
            (C, "nineteen pound sixty"),
        ],
    ),
    (
        "q16",
        "chemist",
        [],
        "different questions of the same shape for a prescription, and one question rephrased after the customer says 'sorry what'",
        [
            (C, "hello are you collecting"),
            (U, "aye for robert bell"),
            (C, "whats his address"),
            (U, "twelve castle terrace"),
            (C, "and whats his date of birth"),
            (U, "third of may nineteen fifty"),
            (C, "lovely theres two bags here for him"),
            (C, "is he taking anything else over the counter at the minute"),
            (U, "sorry what"),
            (C, "is he on owt from the shop like cold remedies or painkillers"),
            (U, "no nothing"),
            (C, "thats fine then no charge hes exempt"),
        ],
    ),
    (
        "q17",
        "outdoor clothing shop",
        [],
        "one tailored recommendation (boot wax for a Pennine Way walker) plus routine bag and receipt questions in a relaxed visit",
        [
            (C, "morning did you find everything alright"),
            (U, "aye these boots please im doing the pennine way next month"),
            (C, "oh grand the whole thing"),
            (U, "aye starting at kirk yetholm and going south backwards like"),
            (
                C,
                "if you get the leather ones give them a good wax before you go the bogs on cross fell eat boots",
            ),
            (U, "good shout ill take a tin of that"),
            (C, "champion"),
            (C, "do you want a bag for them", {"pause": 4.0}),
            (U, "no ill wear them out"),
            (C, "receipt in the box or do you want it"),
            (U, "in the box please"),
            (C, "have a cracking walk"),
        ],
    ),
    (
        "q18",
        "cheese stall",
        [],
        "two offers (a chutney, later a stamp card) far apart in an unhurried chat with a newcomer",
        [
            (C, "afternoon are you having a look"),
            (U, "aye just browsing its a lovely day for it"),
            (C, "gorgeous isnt it"),
            (U, "ill have a bit of the cotter stone"),
            (C, "good choice theres a damson chutney just there that goes lovely with it"),
            (U, "maybe next time"),
            (U, "are you here every saturday", {"pause": 6.0}),
            (C, "every saturday bar new year and the odd blizzard"),
            (U, "ive just moved up to jedburgh from carlisle"),
            (C, "oh welcome youll like it here folk are friendly"),
            (U, "its a bonny wee town"),
            (
                C,
                "if youre going to be a regular we do a stamp card ten stamps and you get a free wedge",
                {"pause": 15.0},
            ),
            (U, "oh go on then"),
            (C, "four pound eighty for the cotherstone"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout163", HELDOUT163, 1631)
