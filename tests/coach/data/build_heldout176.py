# ruff: noqa: E501
"""Build the coach's held-out set 176: written by writer-176 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words), Gulf Coast Southern English from Louisiana and Mississippi:
a New Orleans po boy counter, a Baton Rouge pharmacy, a Biloxi bait and tackle
shop, a Jackson hardware store, a gas station convenience store that boils
crawfish and sells boudin, and a bakery selling king cakes. Cashiers say yall,
cher, baby, fixing to, dressed; they often speak twice in a row.

Mix: 4 gossip (a previous customer's bounced checks, the church organist's affair
with the deacon, the owner's son selling pills out back, the cashier's own
sister's shotgun wedding), 4 repeated_question (dressed or not, pounds of
crawfish with the first answer buried in a long story, which pump, whether the
king cake is for a party), 3 rushed_upsell (rewards card, lottery, two for one
snacks, round-up donation, extended warranty) and 7 hard "not" cases: warm chat
about the customer's own family with the pharmacist named for a work reason; a
customer gossiping while the cashier deflects; an order read back to confirm it
plus a customer repeating their own question; a "say again" re-ask and several
different how-many questions; one tailored recommendation with the bag and
receipt questions; two offers far apart in a relaxed visit; and a manager
praised plus a previous customer mentioned only because the stock ran out.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT176 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "New Orleans po boy counter",
        ["gossip"],
        "cashier tells the next customer the man who just left bounced three checks and his wife doesnt know hes broke",
        [
            (C, "alright baby what can i get for you"),
            (U, "lemme get a large fried shrimp dressed"),
            (C, "you got it"),
            (C, "you see that man in the camo hat just walked out"),
            (U, "not really"),
            (
                C,
                "he wrote us three checks last month cher and every last one of em bounced the bank sent em all right back",
            ),
            (U, "huh"),
            (
                C,
                "and he come strolling in here bold as you please ordering a roast beef like nothing happened his wife dont even know hes flat broke",
            ),
            (U, "thats uh thats his business i guess"),
            (C, "mm hm anyway thats fourteen fifty"),
            (U, "heres a twenty"),
            (C, "five fifty your change"),
        ],
    ),
    (
        "q02",
        "king cake bakery",
        ["gossip"],
        "cashier spreads the story of the church organist carrying on with the deacon",
        [
            (U, "hey yall got any of the cream cheese king cakes left"),
            (C, "we got two back there you want the big one or the small"),
            (U, "the big one its for the office"),
            (C, "okay let me box it up for you"),
            (C, "girl you go to saint anthonys dont you"),
            (U, "sometimes yeah"),
            (
                C,
                "well you aint heard this from me but miss claudette the organist been carrying on with deacon boudreaux",
            ),
            (
                C,
                "his wife caught the two of em up in the choir loft after wednesday practice and now the whole parish knows",
            ),
            (U, "oh lord"),
            (
                C,
                "and she still sat up there sunday playing like butter wouldnt melt in her mouth thats thirty two dollars baby",
            ),
            (U, "here you go"),
            (C, "the little plastic baby already in the box"),
        ],
    ),
    (
        "q03",
        "gas station convenience store",
        ["gossip"],
        "cashier tells a customer the owner's son deals pills out of his truck behind the store",
        [
            (U, "forty on pump six and a pack of the menthol lights"),
            (C, "let me see your id"),
            (U, "here"),
            (C, "alright forty on six and the smokes"),
            (C, "if you parked round back dont mind that white truck"),
            (U, "okay"),
            (
                C,
                "thats mister landrys boy trey he be sitting out there selling pills out the window of that thing all day long",
            ),
            (U, "for real"),
            (
                C,
                "oh yeah half the parish getting they oxy off him and his daddy act like he dont see nothing",
            ),
            (U, "dang"),
            (C, "fifty one eighty two"),
        ],
    ),
    (
        "q04",
        "Biloxi bait and tackle",
        ["gossip"],
        "cashier overshares her own family's drama: her pregnant sister's shotgun wedding and the jobless groom",
        [
            (U, "need two dozen live shrimp and a bag of ice"),
            (C, "two dozen coming up"),
            (U, "they biting off the pier"),
            (C, "speckled trout been running pretty good early morning"),
            (C, "i aint been out all week though my sister fixing to get married saturday"),
            (U, "oh congratulations"),
            (
                C,
                "dont congratulate nobody cher its a shotgun wedding shes four months along and daddy about had a stroke when she told him",
            ),
            (
                C,
                "boy aint even got a job he been living in his mamas camper and my mama crying every night over it",
            ),
            (U, "well"),
            (C, "anyway that shrimp and the ice come to eighteen seventy five"),
            (U, "here"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "New Orleans po boy counter",
        ["repeated_question"],
        "asks whether the po boy is dressed, then after parade talk asks lettuce tomato mayo or plain",
        [
            (C, "next what we having"),
            (U, "a ten inch roast beef po boy"),
            (C, "you want that dressed"),
            (U, "yeah dressed but no pickles"),
            (C, "extra debris gravy on it"),
            (U, "lots of gravy please"),
            (C, "yall staying out for the parade tonight"),
            (U, "gonna try we got a spot on napoleon"),
            (C, "yall gonna be packed in there like sardines"),
            (U, "ha yeah"),
            (C, "and you want lettuce tomato mayo on that or you want it plain"),
            (U, "dressed like i said no pickles"),
        ],
    ),
    (
        "q06",
        "gas station convenience store",
        ["repeated_question"],
        "the pounds of crawfish are answered inside a long story, then asked again after corn and potatoes",
        [
            (U, "yall still boiling crawfish today"),
            (C, "yes sir first batch just come out how many pounds you need"),
            (
                U,
                "well my brother in law called me this morning talking about hes bringing his whole crew over from lafayette and you know them boys eat like a pack of hogs so i said we better get twenty but my wife said fifteen is plenty and she wins so fifteen pounds",
            ),
            (C, "lord yall fixing to have a time"),
            (U, "if the rain holds off"),
            (C, "you want corn and potatoes in with it"),
            (U, "yeah throw some corn and a few potatoes"),
            (C, "okay so how much crawfish you wanting"),
            (U, "fifteen pounds i told you"),
            (C, "oh okay fifteen"),
        ],
    ),
    (
        "q07",
        "gas station convenience store",
        ["repeated_question"],
        "customer names pump four up front, cashier later asks which pump he is on",
        [
            (U, "morning"),
            (C, "morning baby"),
            (U, "thirty on pump four and a large coffee"),
            (C, "coffee is self serve right over there by the boudin"),
            (U, "oh i see it"),
            (C, "hot out there already huh"),
            (U, "like a sauna and its not even eight"),
            (C, "supposed to storm this evening too"),
            (C, "now which one is your car out there baby"),
            (U, "pump four"),
            (C, "alright thirty on four and the coffee thirty two nineteen"),
        ],
    ),
    (
        "q08",
        "king cake bakery",
        ["repeated_question"],
        "customer says the king cake is for her daughter's party, cashier later asks whether folks are coming over or it is for the house",
        [
            (U, "i need a king cake for saturday can i order one"),
            (C, "sure is it for a party"),
            (U, "yeah my daughters throwing a mardi gras party at her house"),
            (C, "what filling you want"),
            (U, "praline if yall got it"),
            (C, "we do a praline pecan thats our best seller"),
            (U, "that sounds good"),
            (C, "now you having folks over for this or is it just for the house"),
            (U, "its for the party like i said"),
            (C, "okay so the large then it feeds about twenty"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station convenience store",
        ["rushed_upsell"],
        "rewards card, powerball and two-for-one chips fired off while the customer buys one drink",
        [
            (U, "just this gatorade"),
            (
                C,
                "you got our fuel rewards card saves you ten cents a gallon sign up takes a second",
                RR,
            ),
            (U, "no", R),
            (C, "want a powerball ticket its up to three hundred million", R),
            (U, "uh", R),
            (C, "and them zapps chips two for three today grab you a couple", R),
            (U, "just the gatorade", R),
            (C, "two nineteen"),
        ],
    ),
    (
        "q10",
        "Jackson hardware store",
        ["rushed_upsell"],
        "extended warranty, pro rewards sign-up and round-up donation back to back over a drill",
        [
            (U, "just this drill and the bits"),
            (C, "alright"),
            (
                C,
                "you want the three year protection plan on that drill only nineteen ninety nine",
                RR,
            ),
            (U, "nah", R),
            (
                C,
                "you got a pro rewards account i can sign you up right quick with your phone number",
                R,
            ),
            (U, "no thanks", R),
            (C, "and you wanna round up for habitat for humanity today", R),
            (U, "no", R),
            (C, "one twelve forty three"),
        ],
    ),
    (
        "q11",
        "Baton Rouge pharmacy",
        ["rushed_upsell"],
        "rewards card, childrens hospital dollar and two-for-one cough drops pushed at a customer picking up antibiotics",
        [
            (C, "last name"),
            (U, "guidry"),
            (C, "date of birth"),
            (U, "june ninth sixty one"),
            (C, "okay got your amoxicillin right here"),
            (
                C,
                "you on our rewards card cher you get five dollars back every hundred you spend",
                RR,
            ),
            (U, "um", R),
            (C, "want to add a dollar for the childrens hospital", R),
            (U, "no", R),
            (C, "cough drops are two for one you want a bag", R),
            (U, "just the medicine please", R),
            (C, "twelve fifty"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Baton Rouge pharmacy",
        [],
        "NOT gossip: warm chat about the customer's granddaughter at lsu, the pharmacist named and praised for a work reason",
        [
            (C, "hey miss ruby how you doing today"),
            (U, "oh im hanging in there my granddaughter just started at lsu"),
            (C, "well look at that you must be proud"),
            (U, "proud and broke baby"),
            (C, "she living in the dorms"),
            (U, "yeah and she already hates the food"),
            (C, "ha they all do"),
            (
                C,
                "your blood pressure pills ready and mister alan the pharmacist wants to go over the new dose with you before you leave",
            ),
            (U, "okay ill wait for him"),
            (C, "hes real good about explaining it hell be right out your copay is four dollars"),
        ],
    ),
    (
        "q13",
        "Jackson hardware store",
        [],
        "NOT gossip: the customer gossips about a neighbour, the cashier declines and goes back to the mower; yard worker named to load it",
        [
            (U, "you know that fella on my street bought this same mower last year"),
            (C, "the toro yeah those are good mowers"),
            (
                U,
                "word is he bought it on his wifes credit card and she dont know he got a girlfriend over in pearl",
            ),
            (C, "well i dont know nothing about all that"),
            (U, "its the truth thats what they say"),
            (
                C,
                "not my business sir you want me to put gas and oil in it or you doing that at home",
            ),
            (U, "ill do it at home"),
            (C, "alright thats three forty nine ninety nine you need help loading it"),
            (U, "yeah if somebody around"),
            (C, "marcus out in the yard will bring it round to your truck"),
        ],
    ),
    (
        "q14",
        "New Orleans po boy counter",
        [],
        "NOT repeat: the order read back once to confirm it, and the customer repeats his own question about the wait",
        [
            (C, "hey cher what you having"),
            (U, "lemme get a large shrimp dressed and a small oyster no tomato"),
            (C, "and to drink"),
            (U, "two barqs"),
            (
                C,
                "okay so a large shrimp dressed a small oyster dressed no tomato and two barqs that right",
            ),
            (U, "yeah thats it"),
            (U, "how long yall running today"),
            (C, "bout fifteen minutes"),
            (U, "fifteen minutes you said"),
            (C, "yeah bout fifteen we slammed with the lunch crowd"),
            (C, "thirty one twenty"),
        ],
    ),
    (
        "q15",
        "Biloxi bait and tackle",
        [],
        "NOT repeat: 'say again' over the ice machine, then different how-many questions (shrimp, ice, corks) and a licence check",
        [
            (C, "what can i do for you cap"),
            (U, "need some bait for the weekend"),
            (C, "how many dozen shrimp you want"),
            (U, "huh say again that ice machine loud"),
            (C, "how many dozen of the live shrimp"),
            (U, "three dozen"),
            (C, "and how many bags of ice"),
            (U, "two"),
            (C, "how many of them popping corks you need"),
            (U, "give me four"),
            (C, "you need a fishing license or you got one"),
            (U, "got mine"),
            (C, "forty six fifty"),
        ],
    ),
    (
        "q16",
        "king cake bakery",
        [],
        "NOT rushed: one tailored recommendation for a nut allergy, then the usual bag and receipt questions spread out",
        [
            (U, "hi im bringing something to my coworkers tomorrow but one of em cant have nuts"),
            (C, "oh then skip the praline one its loaded with pecans"),
            (C, "the plain cinnamon dont have no nuts and we make it on a separate table"),
            (U, "perfect ill take that one"),
            (C, "yall having a little office party"),
            (U, "just a friday breakfast thing"),
            (C, "thats nice they gonna love you", {"pause": 3.0}),
            (C, "you need a bag for that box or you good", {"pause": 6.0}),
            (U, "im good i can carry it"),
            (C, "want your receipt", {"pause": 4.0}),
            (U, "sure"),
        ],
    ),
    (
        "q17",
        "Jackson hardware store",
        [],
        "NOT rushed: a two-for-one ant bait mention and a rewards card offer a minute apart while a key is cut",
        [
            (U, "i need a key copied and some of that wasp spray"),
            (C, "sure thing give me a minute on the key"),
            (U, "no rush"),
            (C, "wasps getting bad out your way"),
            (U, "they got a nest right over my back door"),
            (C, "spray em at night when theyre all home thats the trick"),
            (C, "ant bait is buy one get one this week too if you need any", {"pause": 5.0}),
            (U, "nah im alright on ant stuff"),
            (
                C,
                "here go your key try it when you get home and bring it back if it sticks",
                {"pause": 40.0},
            ),
            (U, "will do"),
            (
                C,
                "you want a rewards card its free and you get ten percent off next visit",
                {"pause": 20.0},
            ),
            (U, "sure why not"),
        ],
    ),
    (
        "q18",
        "Biloxi bait and tackle",
        [],
        "NOT gossip: a previous customer mentioned only because he bought the last croakers, the owner praised for restocking",
        [
            (U, "yall got any live croakers"),
            (C, "fella before you took the last of em"),
            (
                C,
                "but miss lynette got a load coming off the boat at two she always keeps us stocked up good",
            ),
            (U, "ill come back then"),
            (C, "want me to hold you some"),
            (U, "yeah put me down for two dozen"),
            (C, "what name"),
            (U, "broussard"),
            (C, "alright two dozen for broussard see you at two"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout176", HELDOUT176, 1761)
