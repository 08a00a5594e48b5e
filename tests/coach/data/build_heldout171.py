# ruff: noqa: E501
"""Build the coach's held-out set 171: written by writer-171 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, South Wales English: tidy, lush, butt, now in a minute, where
to is it, cwtch): tills in the Welsh valleys and Cardiff, namely a Merthyr corner
shop, a Swansea chip shop, a Pontypridd chemist, a Cardiff Bay gift shop, a
builders' merchant and a butcher's. Cashiers sometimes speak twice in a row.

Mix, 18 conversations: 4 gossip (a previous customer's bailiffs, the chapel
deacon's affair, the area manager's drink-driving, the cashier's own sister's
custody fight); 4 repeated_question (how far they had come, which cut of lamb,
what time the order is collected folded into a longer sentence, whether it is a
gift); 3 rushed_upsell (meal-deal upgrade, rugby raffle, loyalty app, gift wrap,
charity pin, email and postcode capture fired back to back at a customer who
barely answers); 7 hard "not" cases (warm chat about the customer's own family
with the pharmacist named for a dosage reason; a customer gossiping about bailiffs
while the cashier deflects; a yard colleague praised and the manager named for a
trade price; an order read back plus a customer repeating their own question; a
"sorry" re-ask and same-shaped questions about different things; one tailored
recommendation with bag and receipt questions in a relaxed visit; two offers
far apart in a slow chip-shop wait).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT171 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Merthyr corner shop",
        ["gossip"],
        "cashier tells a regular that the man who just left had the bailiffs in and his wife does not know where the money went",
        [
            (C, "hiya butt you alright"),
            (U, "not bad twenty superkings and a scratchcard please"),
            (C, "which one the two pound or the five"),
            (U, "two pound one go on"),
            (C, "did you see that bloke who just went out with the milk"),
            (
                C,
                "bailiffs were round his house tuesday morning took the telly and the car off the drive",
            ),
            (U, "oh aye"),
            (
                C,
                "owes thousands apparently council tax the lot and his missus aint got a clue where the moneys gone",
            ),
            (U, "right"),
            (C, "seventeen forty please"),
            (U, "there you go"),
            (C, "ta now"),
        ],
    ),
    (
        "q02",
        "butcher's",
        ["gossip"],
        "butcher spreads the story of the chapel deacon's affair with the organist to a customer buying ham",
        [
            (C, "morning mrs price what can i get you"),
            (U, "half a pound of ham off the bone and four lamb chops please"),
            (C, "lovely"),
            (U, "quiet this morning"),
            (C, "here you heard about the deacon up bethel"),
            (U, "no whats that"),
            (
                C,
                "only been carrying on with the organist hasnt he his wife found the texts on his phone",
            ),
            (
                C,
                "whole chapel knows now and there he was sat in the front pew sunday like butter wouldnt melt",
            ),
            (U, "well i never"),
            (C, "ham and chops thats eight pound twenty"),
            (U, "card please"),
        ],
    ),
    (
        "q03",
        "builders' merchant",
        ["gossip"],
        "counter man tells a roofer the area manager was caught drink-driving and is about to be sacked",
        [
            (C, "alright what you after"),
            (U, "ten bags of postcrete and a box of three inch screws on account"),
            (C, "which account is it"),
            (U, "thomas and sons roofing"),
            (C, "tidy got you"),
            (C, "you wont see the area manager round here for a bit mind"),
            (U, "no"),
            (
                C,
                "got done drink driving friday night on the a four seven zero three times over the limit he was",
            ),
            (
                C,
                "lost his licence and the word is head office are going to let him go keep that to yourself like",
            ),
            (U, "bloody hell"),
            (C, "right thats all on the account sign there for me"),
            (U, "cheers"),
        ],
    ),
    (
        "q04",
        "Swansea chip shop",
        ["gossip"],
        "server pours out her own sister's custody fight and the family row to a customer waiting for cod",
        [
            (U, "large cod and chips and a battered sausage please"),
            (C, "salt and vinegar"),
            (U, "yes please loads"),
            (C, "sorry im all over the place tonight love been up half the night with my sister"),
            (
                C,
                "shes in court next week fighting her ex for the kids and hes telling the social all sorts about her drinking",
            ),
            (U, "oh dear"),
            (
                C,
                "and my mam wont speak to her cause she reckons half of its true proper mess our family is",
            ),
            (U, "sorry to hear that"),
            (C, "there you go eleven fifty"),
            (U, "ta"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Cardiff Bay gift shop",
        ["repeated_question"],
        "cashier asks where the visitors drove down from, hears Newcastle, chats about the boat trip, then asks again in other words",
        [
            (C, "hiya you alright there"),
            (U, "yes thanks just these two mugs and the lovespoon"),
            (C, "lush choice them spoons are hand carved up in llandeilo"),
            (C, "come far today have you"),
            (U, "from newcastle drove down yesterday took us about six hours"),
            (C, "oh wow proper trek that"),
            (U, "the bay is beautiful though we went on the boat this morning"),
            (C, "aye the boats tidy when its not raining did you go over to penarth on it"),
            (U, "we did yeah had an ice cream on the pier"),
            (C, "so whereabouts have you travelled down from then"),
            (U, "er newcastle"),
            (C, "oh course thats thirty two pound please"),
        ],
    ),
    (
        "q06",
        "butcher's",
        ["repeated_question"],
        "butcher asks leg or shoulder, customer says shoulder, and after chat about her daughter he asks which joint again",
        [
            (U, "morning i need some lamb for sunday theres eight of us"),
            (C, "lovely which cut you after leg or shoulder"),
            (U, "shoulder i think slow cook it with rosemary"),
            (C, "cant go wrong"),
            (U, "my daughters home from uni first time since christmas"),
            (C, "aw bet youre made up whats she studying"),
            (U, "nursing in bristol"),
            (C, "good girl right then what joint were you wanting for the lamb"),
            (U, "the shoulder"),
            (C, "right you are ill bone and roll it for you now in a minute"),
            (U, "lovely ta"),
        ],
    ),
    (
        "q07",
        "builders' merchant",
        ["repeated_question"],
        "collection time is given as half two, and after weather talk the counter man re-asks it inside a longer sentence",
        [
            (C, "morning whats the name"),
            (U, "rhys jenkins ive got a delivery booked but i want to collect it instead"),
            (C, "no bother what time are you coming for it"),
            (U, "about half two after i finish the job in treforest"),
            (C, "half two tidy"),
            (C, "its twenty sheets of plasterboard and the bonding yeah"),
            (U, "yeah thats it where to is it ill be picking it up from"),
            (C, "round the side by the gate"),
            (U, "got soaked on the roof yesterday mind"),
            (
                C,
                "ill get the boys in the yard to stack it by the gate and what sort of time are you thinking of swinging by for it so i can let them know",
            ),
            (U, "half two butt"),
            (C, "spot on see you then"),
        ],
    ),
    (
        "q08",
        "Pontypridd chemist",
        ["repeated_question"],
        "assistant asks if the perfume is a present, hears it is for mam's seventieth, then after small talk asks if it is for herself",
        [
            (C, "hiya love you found everything"),
            (U, "yes this perfume and a card"),
            (C, "is it a present for someone"),
            (U, "yeah its for my mams birthday shes seventy saturday"),
            (C, "aw seventy lovely having a do are you"),
            (U, "just a meal up the rugby club family and that"),
            (C, "lush sounds it"),
            (C, "is this one for yourself or are you treating somebody"),
            (U, "its for my mam"),
            (C, "oh yes sorry thats thirty four ninety nine"),
            (U, "card please"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Merthyr corner shop",
        ["rushed_upsell"],
        "meal-deal upgrade, rugby raffle, app and email capture rattled off while the customer only says no",
        [
            (C, "hiya"),
            (U, "just the sandwich and the can please"),
            (C, "make it a meal deal for another pound get crisps with that", RR),
            (U, "no", R),
            (C, "raffle for the rugby club pound a strip win a signed shirt", R),
            (U, "no ta", R),
            (C, "you got our app you get points on everything", R),
            (U, "no", R),
            (C, "pop your email on here and your next coffees free", R),
            (U, "im alright", R),
            (C, "three ten then"),
        ],
    ),
    (
        "q10",
        "Cardiff Bay gift shop",
        ["rushed_upsell"],
        "gift wrap, loyalty club, lifeboat pin and postcode pushed back to back at a customer who grunts",
        [
            (C, "hiya just the tea towel and the dragon is it"),
            (U, "yes"),
            (C, "want them gift wrapped only two pound lovely paper", RR),
            (U, "no thanks", R),
            (C, "sign up for our loyalty club ten percent off today", R),
            (U, "uh", R),
            (C, "would you like a pin for the lifeboats its a pound", R),
            (U, "no", R),
            (C, "and your postcode for our records", R),
            (U, "er", R),
            (C, "twelve fifty then"),
        ],
    ),
    (
        "q11",
        "Pontypridd chemist",
        ["rushed_upsell"],
        "meal-deal upgrade, daffodil pin, rugby raffle and app fired off, two of them in one breath, customer saying no",
        [
            (C, "next please"),
            (U, "just the paracetamol and this sandwich"),
            (C, "you can upgrade that to the meal deal with a drink and a snack for one fifty", RR),
            (U, "no", R),
            (C, "got the daffodil pins for marie curie too", R),
            (C, "and ponty rugby raffle tickets two pound a go", R),
            (U, "no", R),
            (C, "have you got our app on your phone for points", R),
            (U, "nope", R),
            (C, "five twenty then love"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Pontypridd chemist",
        [],
        "warm chat about the customer's grandson's wedding; the pharmacist is named only because the dose changed",
        [
            (C, "hiya mrs lewis your prescriptions ready"),
            (U, "lovely thank you"),
            (C, "how did your grandsons wedding go then"),
            (U, "oh it was lush sun came out for the photos and everything"),
            (C, "aw you must have been so proud"),
            (U, "cried all the way through the vows i did"),
            (C, "give him a cwtch from me when you see him"),
            (
                C,
                "now the dose on your tablets has gone up so sian the pharmacist wants a quick word before you go",
            ),
            (U, "okay no problem"),
            (C, "shell be with you in two minutes take a seat there"),
            (U, "thanks love"),
        ],
    ),
    (
        "q13",
        "Merthyr corner shop",
        [],
        "customer gossips about a neighbour's bailiffs and affair; the cashier refuses to join in and gets on with the sale",
        [
            (U, "twenty pound on the electric key please"),
            (C, "no bother pop it on the reader for me"),
            (U, "here did you hear about the family in number nine the bailiffs been"),
            (C, "cant say i have"),
            (U, "took the car and all apparently owes everybody"),
            (C, "not my business to be honest butt"),
            (C, "thats gone on now anything else"),
            (U, "and a loaf"),
            (C, "twenty one fifteen then"),
            (U, "and they reckon shes carrying on with the milkman"),
            (C, "couldnt tell you mate your receipts in the bag"),
        ],
    ),
    (
        "q14",
        "builders' merchant",
        [],
        "one tailored lintel recommendation, a yard colleague praised for his know-how and the manager named for approving trade price",
        [
            (C, "morning what can i do for you"),
            (U, "i need a lintel over a back door opening about a metre wide"),
            (C, "steel or concrete"),
            (U, "whatever you reckon its a cavity wall"),
            (
                C,
                "youll want a steel cavity lintel then twelve hundred long to give you the bearing both ends",
            ),
            (
                C,
                "hang on ill fetch dai from the yard now in a minute hes forgotten more about lintels than i know hell check it for you",
            ),
            (U, "tidy"),
            (C, "and the manager okd trade price for you since youre on the account now"),
            (U, "oh lush thanks"),
            (C, "fifty eight forty with the vat"),
            (U, "cheers butt"),
        ],
    ),
    (
        "q15",
        "butcher's",
        [],
        "butcher reads the order back to confirm it; the customer asks her own question twice and the butcher only answers",
        [
            (U, "can i have two pound of mince six faggots and a pound of the dry cured bacon"),
            (C, "course you can"),
            (U, "oh and do you do the welsh black beef"),
            (C, "we do yeah brisket and steaks this week"),
            (U, "lovely is it welsh black the steaks then"),
            (C, "yep all of it from the farm out by crickhowell"),
            (U, "two sirloins then please"),
            (
                C,
                "so thats two pound of mince six faggots a pound of dry cured and two sirloins yeah",
            ),
            (U, "thats it"),
            (C, "twenty six eighty then please"),
        ],
    ),
    (
        "q16",
        "Swansea chip shop",
        [],
        "the customer does not hear over the fryer and says sorry, so the eat-in question is asked again; then salt-and-vinegar questions about chips and fish are different questions",
        [
            (C, "hiya what can i get you"),
            (U, "fish and chips twice and a pot of curry sauce please"),
            (C, "eating in or taking away"),
            (U, "sorry"),
            (C, "are you eating in or taking it away"),
            (U, "oh taking away sorry its loud in here"),
            (C, "salt and vinegar on the chips"),
            (U, "yes please"),
            (C, "and salt and vinegar on the fish as well"),
            (U, "just salt on the fish"),
            (C, "want them wrapped together or separate"),
            (U, "separate please ones for my dad"),
            (C, "tidy seventeen twenty"),
        ],
    ),
    (
        "q17",
        "Cardiff Bay gift shop",
        [],
        "one recommendation tailored to a gardening nan, then bag and receipt asked in a relaxed visit",
        [
            (C, "hiya you alright"),
            (U, "yeah looking for something for my nan shes eighty nine and loves her garden"),
            (C, "aw bless her"),
            (U, "was thinking this slate coaster"),
            (
                C,
                "thats lovely or if shes into her garden we got these slate plant markers a lady in barry engraves them",
            ),
            (U, "oh shed love them ill have the markers as well"),
            (C, "tidy"),
            (U, "we just moved to grangetown actually so ill be back"),
            (C, "ah lush welcome to the area"),
            (C, "do you want a bag for them", {"pause": 3}),
            (U, "no its fine ive got one"),
            (C, "receipt with you"),
            (U, "go on then"),
            (C, "there you go enjoy"),
        ],
    ),
    (
        "q18",
        "Swansea chip shop",
        [],
        "a can with the meal offered at the start and a lifeboat collection mentioned a minute later after rugby chat; two offers far apart",
        [
            (C, "evening whats it to be"),
            (U, "large chips and a pie please"),
            (C, "you can have a can of pop with that for fifty pee more if you like"),
            (U, "go on then a diet coke"),
            (C, "chips will be five minutes love just doing a fresh batch"),
            (U, "no rush"),
            (U, "watching the ospreys later", {"pause": 20}),
            (C, "are you they need to win tonight"),
            (U, "defence was shocking last week mind"),
            (C, "terrible wasnt it left wing was wide open all game"),
            (C, "right there we are large chips pie and a diet coke", {"pause": 60}),
            (
                C,
                "were collecting for the lifeboats this month if you got any change going no pressure",
            ),
            (U, "yeah stick the twenty pee in"),
            (C, "ta love enjoy the match"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout171", HELDOUT171, 1711)
