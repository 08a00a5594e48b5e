# ruff: noqa: E501
"""Build the coach's held-out set 136: written by writer-136 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings): tills in the Welsh valleys and the
Birmingham suburbs: a chip shop in the Rhondda, a post office counter in Kings
Heath, a vape shop in Erdington, a garden centre till near Caerphilly, a bakery
chain branch in Solihull and a car parts counter in Merthyr and in Acocks Green.
Valleys speech ("tidy", "now in a minute", "butt", "cariad") and Brummie speech
("bab", "ar", "tarra a bit"); the cashier often speaks twice in a row.

Mix: 4 gossip (a councillor's affair, the previous customer's benefit fiddle, a
mechanic colleague's drink problem, the cashier's own son's arrest), 4
repeated_question (which flavour asked three times, first or second class,
which car the brake pads are for, how many trays of bedding plants), 3
rushed_upsell (app, bundle, plant care plan, charity donation and warranty
pushed back to back) and 7 hard "not" cases: warm chat about the customer's own
life with an order read back; a colleague and the manager named for work and
praised; the customer gossips while the cashier deflects; a "sorry?" re-ask
with different questions of the same shape; one tailored recommendation with
the routine bag and receipt questions; two offers far apart in a relaxed visit;
a colleague asked after by the customer and answered with a work reason only.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT136 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Rhondda chip shop",
        ["gossip"],
        "cashier tells a customer the local councillor is carrying on with a woman from the council offices behind his wifes back",
        [
            (C, "right butt what can i get you"),
            (U, "large cod and chips and a battered sausage for the boy"),
            (C, "salt and vinegar on both"),
            (U, "go on then"),
            (C, "here you know councillor pritchard the one on the posters"),
            (
                C,
                "his car been parked outside that blonde ones house from the housing office every tuesday night and his wife thinks hes at the lodge",
            ),
            (U, "never"),
            (
                C,
                "swear to god the whole street knows it only her that dont and shes in here every friday for a pie",
            ),
            (U, "well i dont know him like"),
            (C, "ten pound forty then please"),
            (U, "there you are"),
            (C, "ta now mind the bag its hot"),
        ],
    ),
    (
        "q02",
        "Kings Heath post office counter",
        ["gossip"],
        "cashier tells the next customer the woman just before her is fiddling her benefits while working cash in hand",
        [
            (C, "next please"),
            (U, "hiya bab just this parcel to go to my sister in leeds"),
            (C, "pop it on the scales for us"),
            (C, "did you see her that was just in front of you with the pram"),
            (U, "not really i was on my phone"),
            (
                C,
                "shes on the sick and claiming for her fella not living there but hes in that van every morning and she does nails cash in hand out the back bedroom",
            ),
            (
                C,
                "sends all her parcels from here for her little business and then cries poor to the job centre honest it does my head in",
            ),
            (U, "right"),
            (C, "that comes to three pound thirty nine"),
            (U, "can i tap"),
            (C, "yeah go on tap away"),
        ],
    ),
    (
        "q03",
        "Merthyr car parts counter",
        ["gossip"],
        "cashier tells a trade customer about a fitter colleague's drinking, turning up drunk and hiding cans in the van",
        [
            (C, "alright dai what you after today"),
            (U, "two wiper blades for a transit twenty four inch i think"),
            (
                C,
                "twenty four and a twenty two on the passenger side i will grab them now in a minute",
            ),
            (U, "tidy"),
            (C, "you used to work with gareth didnt you over the tyre place"),
            (U, "years back ar"),
            (
                C,
                "well hes in a bad way now hes on the pop every night boss found six empty cans under the seat of the van last week",
            ),
            (
                C,
                "came in monday smelling like a brewery and nearly put the wrong oil in a customers car his missus have had enough of him by all accounts",
            ),
            (U, "oh dear"),
            (C, "anyway thats eighteen ninety for the pair"),
            (U, "put it on the account"),
            (C, "done"),
        ],
    ),
    (
        "q04",
        "Solihull bakery chain branch",
        ["gossip"],
        "cashier overshares her own son's arrest and court case to a customer buying sausage rolls",
        [
            (C, "morning what can i get you"),
            (U, "two sausage rolls and a steak bake please"),
            (C, "warm or cold bab"),
            (U, "warm please"),
            (C, "sorry if im a bit all over the place today"),
            (
                C,
                "our jordan got picked up by the police saturday night they had him in the cells till sunday dinner for fighting outside the wetherspoons",
            ),
            (U, "oh no"),
            (
                C,
                "hes up in front of the magistrates next month and his dad wont even speak to him and now the neighbours have all seen the van outside ours",
            ),
            (U, "that sounds hard"),
            (C, "its been a nightmare anyway thats four pound fifty five"),
            (U, "card please"),
            (C, "lovely there you go"),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Erdington vape shop",
        ["repeated_question"],
        "cashier asks which flavour the customer wants three times, after it was answered clearly the first time",
        [
            (C, "alright mate what can i do for you"),
            (U, "ten mil of the blue razz ice please"),
            (C, "which flavour did you say"),
            (U, "blue razz ice"),
            (C, "sound and what strength you on"),
            (U, "twenty mil nic salt"),
            (C, "we got them on three for a tenner if you want"),
            (U, "nah just the one ta"),
            (C, "no worries whats it you was having flavour wise again"),
            (U, "the blue razz"),
            (C, "ar got it its out the back one sec"),
            (C, "and that was the watermelon one yeah"),
            (U, "no blue razz ice mate like i said"),
            (C, "oh right yeah sorry"),
        ],
    ),
    (
        "q06",
        "Pontypridd post office counter",
        ["repeated_question"],
        "cashier asks whether the letter goes second class, customer answers, then after weighing and paying asks again if it is going first",
        [
            (C, "hiya love"),
            (U, "just this letter to go to my bank please"),
            (C, "first or second class"),
            (U, "second is fine no rush on it"),
            (C, "right its a large letter so put it on the scale here"),
            (C, "under a hundred grams thats fine"),
            (U, "do i need a proof of postage"),
            (C, "you can have one for free if you want it"),
            (U, "go on then"),
            (C, "now you wanted that going forest class did you or"),
            (U, "no second i said second"),
            (C, "oh aye so you did"),
        ],
    ),
    (
        "q07",
        "Acocks Green car parts counter",
        ["repeated_question"],
        "cashier asks what car the brake pads are for, is told, then after fronts or rears and the disc question asks which vehicle they are for again",
        [
            (C, "afternoon what you after"),
            (U, "set of brake pads"),
            (C, "whats the car"),
            (U, "twenty fourteen ford focus one point six petrol"),
            (C, "fronts or rears"),
            (U, "fronts"),
            (C, "you doing the discs as well while youre in there"),
            (U, "no the discs are alright just the pads"),
            (C, "right let me get on the system"),
            (C, "and what motor is it these pods are going on"),
            (U, "the focus mate twenty fourteen"),
            (C, "ar yeah focus one point six got them in stock"),
        ],
    ),
    (
        "q08",
        "Caerphilly garden centre till",
        ["repeated_question"],
        "cashier asks how many trays of bedding plants, is told six, then after compost and carrying talk asks how many trays again",
        [
            (C, "hiya you alright"),
            (U, "i wants some of them bedding plants off the trolley outside"),
            (C, "how many trays you having"),
            (U, "six trays of the begonias"),
            (C, "lovely and is that compost yours as well"),
            (U, "yeah the two bags of multi purpose"),
            (C, "do you want a hand getting them to the car"),
            (U, "no im alright the boy is with me"),
            (C, "tidy let me ring it through"),
            (C, "so how many of the bedding plans is it you wanted"),
            (U, "six i told you six trays"),
            (C, "six yeah sorry love"),
        ],
    ),
    # ------------------------------------------------------ rushed_upsell
    (
        "q09",
        "Caerphilly garden centre till",
        ["rushed_upsell"],
        "cashier fires the plant care plan, loyalty app and charity donation one after another while the customer barely speaks",
        [
            (C, "hiya just the olive tree is it"),
            (U, "yes please"),
            (
                C,
                "do you want our two year plant care plan on that replaces it if it dies only nine ninety nine",
                RR,
            ),
            (U, "er", R),
            (
                C,
                "and have you got our green club app you get ten percent off today if you download it now",
                R,
            ),
            (C, "and would you like to round up for the air ambulance today", R),
            (U, "um no just the tree thanks"),
            (C, "right forty nine ninety nine then"),
        ],
    ),
    (
        "q10",
        "Merthyr car parts counter",
        ["rushed_upsell"],
        "cashier pushes an extended warranty, an oil and filter bundle and the trade app back to back on a battery sale",
        [
            (C, "right so thats the battery for the astra"),
            (U, "aye thats the one"),
            (C, "you want the five year warranty on that its only twelve quid extra", RR),
            (C, "and we got a bundle on oil and filter with it today saves you eight pound", R),
            (U, "no i", R),
            (
                C,
                "and if you put our app on your phone you get points on every purchase want me to text you the link",
                R,
            ),
            (C, "whats your mobile number", R),
            (U, "no honestly just the battery"),
            (C, "eighty four ninety then"),
        ],
    ),
    (
        "q11",
        "Solihull bakery chain branch",
        ["rushed_upsell"],
        "cashier rattles off the meal deal bundle, the rewards app and a charity donation in one burst on a single pasty",
        [
            (C, "morning bab"),
            (U, "just a cheese and onion pasty please"),
            (C, "make it a meal deal with a drink and a donut for two pound more", RR),
            (C, "and you got our rewards app you get a free hot drink after five", R),
            (U, "i", R),
            (C, "and we are collecting for the childrens hospice today would you add fifty pee", R),
            (U, "no just the pasty"),
            (C, "one eighty five then please"),
        ],
    ),
    # ---------------------------------------------------------- not cases
    (
        "q12",
        "Rhondda chip shop",
        [],
        "warm chat about the customer's own daughter's wedding and the order read back once to confirm it; nothing about third parties and no re-asked question",
        [
            (C, "hiya love what can i get you"),
            (U, "two small chips one chips and cheese one curry sauce and a fish cake please"),
            (C, "so thats two small chips one chips and cheese curry sauce and a fish cake"),
            (U, "thats it"),
            (C, "you look dressed up for a wednesday"),
            (U, "been to the dress fitting with our kelly the wedding is in three weeks"),
            (C, "oh lovely where are they having it"),
            (U, "up the rhondda heritage park then the rugby club after"),
            (C, "aw that will be tidy hope the weather holds for you"),
            (C, "thats eleven pound twenty"),
            (U, "there you go"),
            (C, "ta love give my best to kelly"),
        ],
    ),
    (
        "q13",
        "Acocks Green car parts counter",
        [],
        "colleague named in a helpful product context and the manager praised for a work reason; no private lives",
        [
            (C, "alright bab what you looking for"),
            (U, "a headlight bulb for a twenty twelve corsa but i havent a clue how to change it"),
            (C, "h four is what you want there"),
            (
                C,
                "raj in the back is brilliant with them corsas hes done loads he will show you where it clips in if you pull round the front",
            ),
            (U, "oh would he"),
            (
                C,
                "ar no bother our manager sandra set that up free fitting on bulbs its been really popular",
            ),
            (U, "thats really good of you"),
            (C, "six ninety nine for the bulb"),
            (U, "card please"),
            (C, "go on then pull round the front and ill give him a shout"),
        ],
    ),
    (
        "q14",
        "Kings Heath post office counter",
        [],
        "the customer gossips about a neighbour's affair and the cashier deflects politely and returns to the parcel",
        [
            (C, "next please"),
            (U, "hiya bab couple of stamps and this to go recorded"),
            (C, "no problem pop it on there"),
            (
                U,
                "here have you heard about her at number twelve on my road carrying on with the window cleaner",
            ),
            (C, "oh i wouldnt know anything about that"),
            (C, "recorded signed for is it"),
            (
                U,
                "yeah her husband is away on the lorries all week and his van is outside every day",
            ),
            (C, "i keep well out of all that bab"),
            (C, "thats four pound eighty with the book of stamps"),
            (U, "there you go"),
            (C, "ta heres your receipt with the tracking on"),
        ],
    ),
    (
        "q15",
        "Erdington vape shop",
        [],
        "a sorry re-ask because the customer did not hear over the noise, then different questions of the same shape (strength, bottle size) and the customer repeating their own question",
        [
            (C, "alright what can i get you"),
            (U, "a pack of the pods for the xros"),
            (C, "what resistance you after point six or point eight"),
            (U, "sorry"),
            (C, "point six or point eight on the pods"),
            (U, "point eight please"),
            (C, "and any liquid today"),
            (U, "yeah the strawberry kiwi"),
            (C, "what strength you on for that one"),
            (U, "ten mil"),
            (C, "and what size bottle ten or the fifty shortfill"),
            (U, "just a ten how much is that again how much is the ten"),
            (C, "three ninety nine so eleven ninety eight all in"),
            (U, "lovely"),
        ],
    ),
    (
        "q16",
        "Caerphilly garden centre till",
        [],
        "one tailored recommendation (pet safe slug control for a customer who mentioned the dog) plus the usual bag and receipt questions spread over a relaxed visit",
        [
            (C, "hiya you found everything alright"),
            (U, "yeah these hostas and the slug pellets"),
            (C, "have you got any pets at all"),
            (U, "a spaniel she digs everything up"),
            (
                C,
                "ah then id swap them pellets for these wool pellets by here they wont hurt her if she gets at them",
            ),
            (U, "oh i didnt know that yeah swap them ta"),
            (C, "the hostas are looking lovely this year"),
            (U, "they will be in the back border with the ferns"),
            (C, "nice and shady thats perfect for them"),
            (C, "do you want a bag for the small bits", {"pause": 3.0}),
            (U, "no im fine"),
            (C, "and do you want your receipt"),
            (U, "paper is fine"),
            (C, "there you are cariad enjoy the garden"),
        ],
    ),
    (
        "q17",
        "Solihull bakery chain branch",
        [],
        "two offers far apart in a relaxed visit: the loyalty card early on and a cake for the weekend much later after chat about the customer's grandchildren",
        [
            (C, "morning whats it to be"),
            (U, "a white bloomer and four iced buns please"),
            (C, "have you got one of our loyalty cards you get every tenth loaf free"),
            (U, "no but go on then"),
            (C, "ill pop one in with your bread"),
            (U, "the buns are for the grandkids they come saturdays"),
            (C, "aw how old are they"),
            (U, "four and six and they eat me out of house and home"),
            (C, "ha bless them", {"pause": 10.0}),
            (U, "they wanted to bake with me last week flour everywhere"),
            (C, "best way to learn mind"),
            (
                C,
                "if they like a treat we do the birthday tray bakes to order at the weekend",
                {"pause": 8.0},
            ),
            (U, "ill keep it in mind"),
            (C, "thats three pound seventy five"),
        ],
    ),
    (
        "q18",
        "Rhondda chip shop",
        [],
        "the customer asks after a colleague and the cashier answers with a work reason only; different questions of the same shape about the order",
        [
            (C, "hiya what can i get you now"),
            (U, "a large chips and a pea fritter please"),
            (C, "open or wrapped"),
            (U, "open please"),
            (C, "salt and vinegar"),
            (U, "just salt"),
            (U, "is bethan not on tonight"),
            (C, "shes on her food hygiene course in cardiff this week back on monday"),
            (U, "oh tell her i said hiya"),
            (C, "will do"),
            (C, "four sixty then love"),
            (U, "there you go tidy"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout136", HELDOUT136, 1361)
