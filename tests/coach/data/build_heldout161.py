# ruff: noqa: E501
"""Build the coach's held-out set 161: written by writer-161 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings such as "plantin by the science" and "pump
to"): counter staff in Appalachia (West Virginia, Kentucky and east Tennessee) at
a general store, a diner counter, a hardware store, a pharmacy, a gas station and
a feed and seed, talking the way folks there talk ("reckon", "yonder", "might
could", "honey", "bless her heart"); the cashier often speaks twice in a row.

Mix: 4 gossip (a deacon's affair, the previous customer's pills, the store owner's
nephew's arrest, the cashier's own son-in-law's debts), 4 repeated_question (nail
size, pounds of seed potatoes answered in the customer's first turn, cash or card,
which prescription), 3 rushed_upsell (rewards card, raffle, warranty, car wash and
text club fired at a customer who barely answers) and 7 hard "not" cases: warm chat
about the customer's own trip; a colleague named for a work reason and the owner
praised; the customer gossips while the cashier deflects; an order read back to
confirm it; a "hows that" re-ask among different questions of the same shape; one
tailored recommendation with the routine sack and receipt questions; two offers far
apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT161 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "general store, east Kentucky",
        ["gossip"],
        "cashier spreads the story of a deacon's affair with the choir director to a customer from another church",
        [
            (C, "mornin hon what all you got there"),
            (U, "just the cornmeal and a pound of that hoop cheese"),
            (C, "let me weigh that cheese for you"),
            (C, "say you go to little flock baptist dont you"),
            (U, "no maam we go to the methodist down at the forks"),
            (
                C,
                "well then you aint heard deacon pruitt got caught steppin out on his wife with the choir director",
            ),
            (
                C,
                "parked his truck behind her trailer every wednesday night like nobody in this holler has eyes",
            ),
            (U, "i hadnt heard that"),
            (
                C,
                "his wife found lipstick on his church shirt and throwed all his clothes out in the yard bless her heart",
            ),
            (U, "well how much do i owe you"),
            (C, "seven dollars and forty cents"),
            (U, "here you go"),
        ],
    ),
    (
        "q02",
        "pharmacy, southern West Virginia",
        ["gossip"],
        "pharmacy cashier tells the next customer that the woman who just left gets pain pills early and shops for them around the county",
        [
            (C, "next in line come on up"),
            (U, "pickin up for virgil hensley"),
            (C, "whats his birthday"),
            (U, "march the ninth fifty two"),
            (C, "okay got it right here"),
            (C, "did you see that woman that just left with the big pocketbook"),
            (U, "not really"),
            (
                C,
                "she gets her oxy filled here every month regular as the mail and she tried to get it early again today",
            ),
            (
                C,
                "i told the pharmacist that one is pill shoppin all over the county you just watch",
            ),
            (U, "huh"),
            (C, "thats a twelve dollar copay"),
            (U, "put it on my card"),
        ],
    ),
    (
        "q03",
        "hardware store, east Tennessee",
        ["gossip"],
        "cashier tells a customer the owner's nephew was arrested for stealing copper and had to be bailed out",
        [
            (U, "you all carry stove pipe"),
            (C, "six inch is yonder on aisle four back by the wood stoves"),
            (U, "got it right here and this damper"),
            (C, "alright let me ring that up"),
            (C, "did you hear about mister caudills nephew"),
            (U, "the one that drives the parts truck"),
            (
                C,
                "thats him got picked up saturday night out on route twenty three with a trunk full of stolen copper",
            ),
            (
                C,
                "sheriff said he been strippin wire outta them empty houses for months and his uncle had to go bail him out at three in the mornin",
            ),
            (U, "i dont know nothin about that"),
            (C, "dont tell nobody i said it but hes fixin to lose that job sure as the world"),
            (C, "that comes to forty one sixty"),
            (U, "here"),
        ],
    ),
    (
        "q04",
        "diner counter, eastern Kentucky",
        ["gossip"],
        "cashier unloads her own family drama: her son-in-law's credit card debt, title loan and request that she cosign",
        [
            (U, "can i get my check"),
            (C, "sure thing was everything alright"),
            (U, "real good the meatloaf was fine"),
            (C, "well im glad somethin is goin right today i tell you what"),
            (
                C,
                "my son in law run up eleven thousand dollars on my daughters credit card and now theyre callin her day and night",
            ),
            (
                C,
                "he owes the title loan place too and the man at the car lot said hes gonna come take the truck",
            ),
            (U, "oh my"),
            (C, "and now he wants me to cosign a loan for him can you believe that after all this"),
            (U, "thats a lot"),
            (C, "i wont do it honey i aint that dumb anyhow its nine fifty"),
            (U, "keep the change"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "hardware store, West Virginia",
        ["repeated_question"],
        "customer said sixteen penny nails; after talk about the flood the cashier asks again what length nail he wanted",
        [
            (U, "i need a box of nails for framin a porch"),
            (C, "what size you need"),
            (U, "sixteen penny the coated ones"),
            (C, "five pound box or the fifty"),
            (U, "five pound ought to do it"),
            (C, "you buildin it yourself"),
            (U, "me and my boy yeah its been fallin in since the flood"),
            (C, "that flood got a lot of folks down on the creek"),
            (U, "it surely did we had water up to the second step"),
            (C, "now what length nail was it you was wantin"),
            (U, "sixteen penny like i said"),
            (C, "alright thats eleven ninety nine"),
        ],
    ),
    (
        "q06",
        "feed and seed, east Tennessee",
        ["repeated_question"],
        "customer asked for twenty pounds of seed potatoes in her very first turn; after talk of planting by the signs the cashier asks how many pounds",
        [
            (U, "i need twenty pounds of red pontiac seed potatoes and a bag of ten ten ten"),
            (C, "we got the pontiacs in tuesday theyre real nice this year"),
            (C, "fertilizer is out back on the pallet ill have jimmy load it for you"),
            (U, "good my back aint what it used to be"),
            (C, "you plantin by the science"),
            (U, "always have mamaw swore by it planted on good friday every year"),
            (
                C,
                "my granny was the same way wouldnt put a seed in the ground till the signs was right",
            ),
            (C, "how many pounds of them taters was you needin"),
            (U, "twenty"),
            (C, "alright that and the fertilizer comes to thirty four fifteen"),
        ],
    ),
    (
        "q07",
        "gas station, Kentucky",
        ["repeated_question"],
        "customer answered cash to cash or card; after talk about the fog and the rock slide the cashier asks card or cash again",
        [
            (U, "lemme get a pack of them nabs and a mountain dew and forty on pump three"),
            (C, "you payin cash or card"),
            (U, "cash"),
            (C, "hows the road up through the gap this mornin"),
            (U, "foggy as all get out couldnt see past the hood"),
            (C, "they said there was a rock slide down by the overlook last night"),
            (U, "yeah they had it down to one lane"),
            (C, "alright thats forty three eighteen"),
            (C, "you gonna be usin a card on that or cash"),
            (U, "cash i done told you here"),
            (C, "oh thats right sorry hon"),
        ],
    ),
    (
        "q08",
        "pharmacy, eastern Kentucky",
        ["repeated_question"],
        "customer said the lisinopril, not the other one; after talk about her washed out road the cashier asks which medicine she came for",
        [
            (U, "hey im here to pick up my blood pressure pill"),
            (C, "the lisinopril or that other one doctor mullins put you on"),
            (U, "just the lisinopril the other one aint due till the twentieth"),
            (C, "alright let me look"),
            (C, "you still out there on cane creek"),
            (U, "yeah still out there the road washed out again"),
            (C, "that creek gets up so quick after a hard rain"),
            (U, "it does it come right up over the low water bridge"),
            (C, "now which one of your medicines was it you come after today"),
            (U, "the lisinopril honey"),
            (C, "here it is ten dollars even"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station, West Virginia",
        ["rushed_upsell"],
        "rewards card, car wash, text club and a raffle fired off in a burst while the customer only grunts",
        [
            (U, "twenty five on pump to"),
            (C, "you got our fuel rewards card", RR),
            (U, "no", R),
            (C, "sign up right now and save five cents a gallon just need your phone number", R),
            (
                C,
                "and you want a car wash with that its four dollars off today yonder round back",
                R,
            ),
            (U, "uh", R),
            (C, "text pump to the number on that sign and youll get deals every week", R),
            (
                C,
                "and a dollar for the volunteer fire department raffle you could win a side by side",
                R,
            ),
            (U, "just the gas"),
            (C, "twenty five on two"),
        ],
    ),
    (
        "q10",
        "hardware store, east Tennessee",
        ["rushed_upsell"],
        "protection plan, rewards program and text club pushed back to back on a customer buying a chainsaw",
        [
            (U, "this chainsaw and a quart of bar oil"),
            (C, "that the eighteen inch"),
            (U, "yep"),
            (
                C,
                "you want the three year protection plan on that its only twenty nine ninety nine",
                RR,
            ),
            (C, "covers the chain brake and the carburetor and all", R),
            (U, "i", R),
            (
                C,
                "and are you in our rewards program you get ten percent off today if you sign up",
                R,
            ),
            (C, "we got a text club too punch your number in the keypad there for coupons", R),
            (U, "no thanks just ring it", R),
            (C, "alright two sixty four thirty"),
        ],
    ),
    (
        "q11",
        "general store with pumps, eastern Kentucky",
        ["rushed_upsell"],
        "quilt raffle, punch card, text club and car wash tokens pushed in quick succession at a customer buying bread and bologna",
        [
            (U, "just this bread and the baloney"),
            (C, "alright"),
            (C, "wanna buy a raffle ticket for the quilt its for the senior center", RR),
            (U, "um", R),
            (C, "and you got a punch card with us every tenth visit you get a free coffee", R),
            (C, "we got the text club now too just give me your cell", R),
            (U, "no", R),
            (C, "and the car wash is runnin two for one if you want a token", R),
            (U, "just the bread"),
            (C, "six twelve"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "diner counter, West Virginia",
        [],
        "not gossip: warm chat about the customer's own beach trip and grandchildren, then the check",
        [
            (C, "well look who it is how was everything"),
            (U, "good as always"),
            (C, "i aint seen you in a couple weeks"),
            (U, "we just got back from myrtle beach"),
            (C, "oh i bet that was nice did you get out on the water"),
            (U, "took the grandbabies out on one of them dolphin boats"),
            (C, "did they see any"),
            (U, "saw a whole pod the little one squealed so loud the captain laughed"),
            (C, "that right there is worth the drive"),
            (C, "your total is eleven twenty"),
            (U, "here you go darlin"),
            (C, "you tell them babies hey for me"),
        ],
    ),
    (
        "q13",
        "hardware store, eastern Kentucky",
        [],
        "not gossip: a colleague named as the one who knows mobile home plumbing and the owner praised for his return policy",
        [
            (U, "i got a leak under the kitchen sink need one of them compression fittins"),
            (C, "half inch or three eighths"),
            (U, "i brought the old one"),
            (C, "thats a three eighths we got them right here"),
            (
                C,
                "if that dont fix it ask darlene in plumbing she knows them old mobile home lines better than anybody",
            ),
            (U, "shes the one helped me with my water heater"),
            (C, "yep she taught the pex class for the whole store"),
            (
                C,
                "and mister blevins will take back anything you dont use so hang on to your receipt",
            ),
            (U, "hes always been good to folks"),
            (C, "he sure is best boss ive had thats four eighty nine"),
            (U, "thank you"),
        ],
    ),
    (
        "q14",
        "general store, east Tennessee",
        [],
        "not gossip: the customer spreads a story about the preacher's son; the cashier says she stays out of it and goes back to the sale",
        [
            (U, "did you hear about the preachers boy over at red bird"),
            (C, "cant say i have"),
            (
                U,
                "they say he got that girl from the dollar general in trouble and her only seventeen",
            ),
            (C, "well i try to stay out of all that"),
            (C, "you want these eggs in a separate sack"),
            (U, "yeah and i heard her daddy went after him with a shotgun"),
            (C, "mm hm that all for you today"),
            (U, "and a couple of them fried pies"),
            (C, "apple or peach"),
            (U, "peach"),
            (C, "nine fifteen hon"),
        ],
    ),
    (
        "q15",
        "diner counter, eastern Kentucky",
        [],
        "not a repeat: the cashier reads a to-go order back once to confirm it, then asks unrelated questions",
        [
            (U, "can i get two sausage biscuits and a large coffee to go"),
            (C, "cream and sugar"),
            (U, "just cream"),
            (C, "okay so thats two sausage biscuits and a large coffee with cream to go"),
            (U, "yep thats it"),
            (C, "you headin in to work"),
            (U, "pullin a double at the mine"),
            (C, "lord have mercy you be careful down there"),
            (U, "always am"),
            (C, "seven forty one"),
            (U, "here keep the rest"),
        ],
    ),
    (
        "q16",
        "pharmacy, West Virginia",
        [],
        "not a repeat: the customer could not hear over the fan and asked for the allergy question again; the other questions share a shape but differ",
        [
            (C, "whats the last name"),
            (U, "sturgill"),
            (C, "and whats the date of birth"),
            (U, "june third sixty one"),
            (C, "whats the best phone number for you"),
            (U, "six oh six five five five oh one four two"),
            (C, "any new allergies since last time"),
            (U, "hows that honey that fan is runnin so loud i cant hear a thing"),
            (C, "i said any new allergies to medicine since you was in last"),
            (U, "no none"),
            (C, "you got any questions for the pharmacist about the new one"),
            (U, "no i reckon not"),
            (C, "alright thats twenty two dollars"),
        ],
    ),
    (
        "q17",
        "feed and seed, West Virginia",
        [],
        "not rushed: one recommendation tailored to the customer's twenty five chicks, plus the routine sack and receipt questions at an easy pace",
        [
            (
                U,
                "i need a bag of chick starter and one of them heat lamps my pullets come in friday",
            ),
            (C, "how many you gettin"),
            (U, "twenty five buff orpingtons"),
            (
                C,
                "with that many in one brooder youd do better with the medicated starter it keeps the cocci diosis off of em",
            ),
            (U, "reckon ill take the medicated then"),
            (C, "its a fifty pound bag you want me to carry it out"),
            (U, "nah i got it"),
            (C, "want a sack for that lamp"),
            (U, "sure"),
            (C, "thirty eight forty"),
            (U, "here you go"),
            (C, "receipt in the sack"),
            (U, "that works"),
        ],
    ),
    (
        "q18",
        "feed and seed, east Tennessee",
        [],
        "not rushed: only two offers, an oyster shell sale and a four h raffle, far apart in an unhurried visit about the customer's hens and garden",
        [
            (C, "mornin sugar"),
            (U, "mornin i need six bags of layer pellets"),
            (C, "you still got them barred rocks"),
            (U, "yep and a few easter eggers now too"),
            (C, "we got the oyster shell on sale this week if you want a bag for them layers"),
            (U, "might could use some ill grab one"),
            (C, "hows your garden doin", {"pause": 3.0}),
            (U, "beans are comin on good but the tomatoes got the blight"),
            (C, "mine too that wet spring done it"),
            (U, "i had to pull half of em"),
            (C, "well shoot"),
            (
                C,
                "the four h kids are sellin raffle tickets for a rifle a dollar apiece if you want to help em out",
                {"pause": 5.0},
            ),
            (U, "sure give me two"),
            (C, "alright with the tickets thats ninety one fifty"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout161", HELDOUT161, 1611)
