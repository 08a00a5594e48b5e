# ruff: noqa: E501
"""Build the coach's held-out set 142: written by writer-142 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings such as "commission three" and "flat wide"):
tired night-shift staff and travellers in a big city's hospital, airport and
train station between midnight and dawn: a 24-hour pharmacy, an airport currency
exchange, a station coffee kiosk, a late-night convenience store, a hospital
vending kiosk and a taxi rank booth. The cashier often speaks twice in a row.

Mix: 4 gossip (a night nurse's affair with a surgeon, the previous customer's
drug habit, the shift supervisor's sick-leave fiddle, the cashier's flatmate's
debts), 4 repeated_question (which currency, how much to change with a plain
number answer, which flight, small or large coffee), 3 rushed_upsell (a
commission-free upgrade with a travel money card and travel insurance; a meal
deal, loyalty app and donation; vitamins multibuy, points card with email and
postcode capture and a half-price add-on at a sick child's bedtime), and 7 hard
"not" cases: warm chat about the customer's teething baby with the pharmacist
named and praised for advice; a customer gossiping about a consultant while the
cashier deflects; a supervisor named and praised for sorting an account fare; an
order read back after a "sorry what was that"; same-shaped questions plus a
customer repeating their own question; one tailored recommendation with the bag
and receipt questions spread out; two offers far apart in a relaxed taxi visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT142 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "hospital vending kiosk",
        ["gossip"],
        "cashier tells a visitor that a named-by-description night nurse is having an affair with a married heart surgeon",
        [
            (C, "evening you alright there"),
            (U, "just a tea please and one of them flapjacks"),
            (C, "milk and sugar"),
            (U, "just milk ta"),
            (C, "you working up on the wards tonight"),
            (U, "no im visiting my dad hes up on cardiology"),
            (C, "oh right well keep your eyes open up there"),
            (
                C,
                "that night nurse with the red hair shes been carrying on with one of the heart surgeons for months everyone down here knows",
            ),
            (
                C,
                "they sneak off to the multi story on her break and his wife only works in outpatients can you believe it",
            ),
            (U, "i wouldnt know"),
            (C, "two pound eighty then love"),
            (U, "card please"),
            (C, "pop it on the reader"),
        ],
    ),
    (
        "q02",
        "24-hour pharmacy",
        ["gossip"],
        "pharmacy cashier tells the next customer about the previous customer's painkiller habit and his mother's calls",
        [
            (C, "hiya whats the surname for the prescription"),
            (U, "okafor o k a f o r"),
            (C, "and your date of birth"),
            (U, "third of june eighty seven"),
            (C, "bear with me"),
            (
                C,
                "sorry about the wait by the way that fella before you held me up for twenty minutes",
            ),
            (U, "no worries"),
            (
                C,
                "hes in every single night trying to get his coco da mol early swears blind he lost the last box",
            ),
            (
                C,
                "hes off his face on it half the time you can see it in his eyes and his mum rings us crying asking us not to serve him",
            ),
            (U, "thats sad"),
            (C, "right yours is ready two items nine ninety for the one that isnt exempt"),
            (U, "cheers"),
        ],
    ),
    (
        "q03",
        "late-night convenience store",
        ["gossip"],
        "cashier exposes the shift supervisor faking sick leave with holiday photos and a doctor cousin",
        [
            (U, "twenty marlboro gold and a lighter please"),
            (C, "gonna need to see some id sorry mate its the rules"),
            (U, "here"),
            (C, "cheers thats fine"),
            (C, "im on my own again tonight our supervisor phoned in sick again"),
            (U, "bad luck"),
            (
                C,
                "sick my backside he put pictures up from tenner reef on facebook yesterday by the pool",
            ),
            (
                C,
                "third time this year he gets his cousin whos a gp to sign him off and the area manager swallows it every time",
            ),
            (U, "huh"),
            (C, "fourteen sixty five"),
            (U, "tap"),
            (C, "go on then"),
        ],
    ),
    (
        "q04",
        "taxi rank booth",
        ["gossip"],
        "booth cashier overshares about her flatmate's rent arrears, bailiffs and maxed-out credit cards",
        [
            (U, "hiya can i get a cab to brixton"),
            (C, "brixton yeah thats about thirty five on the meter this time of night"),
            (U, "fine"),
            (C, "next car is about ten minutes out"),
            (C, "sorry if im short with you my flatmate owes me four months rent"),
            (U, "oh no"),
            (
                C,
                "he had bailiffs round tuesday hammering on the door and he hid in the bath with the lights off",
            ),
            (
                C,
                "hes got six credit cards maxed and a payday loan and he still went out and bought a new playstation",
            ),
            (U, "right"),
            (C, "anyway whats the name for the booking"),
            (U, "delaney"),
            (C, "car fourteen silver prius out by the pillar"),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "airport currency exchange",
        ["repeated_question"],
        "after the ID check the cashier asks again which currency the customer wants, already answered as euros",
        [
            (C, "evening how can i help"),
            (U, "hi i want to change some pounds"),
            (C, "what currency are you after"),
            (U, "euros please im flying to lisbon first thing"),
            (C, "lovely and how much are we changing"),
            (U, "two hundred"),
            (C, "can i see your passport or a driving licence"),
            (U, "passport there you go"),
            (C, "thank you"),
            (C, "and which currency was it you needed tonight"),
            (U, "euros like i said"),
            (C, "course sorry two hundred pounds gives you two hundred and twenty eight euros"),
        ],
    ),
    (
        "q06",
        "airport currency exchange",
        ["repeated_question"],
        "the amount was answered with a plain number; after small talk and the small-notes question the cashier asks the amount again",
        [
            (U, "can i get some us dollars"),
            (C, "no problem how much are you looking to change"),
            (U, "three hundred"),
            (C, "okay"),
            (C, "flying to new york tonight"),
            (U, "boston the red eye"),
            (C, "nice ive always wanted to go"),
            (C, "do you want some in small notes fives and ones for tips"),
            (U, "yeah maybe fifty in small"),
            (C, "no problem and how much sterling did you want to exchange altogether"),
            (U, "three hundred i said"),
            (C, "sorry yes three hundred thats three hundred and seventy one dollars forty"),
        ],
    ),
    (
        "q07",
        "late-night convenience store at the airport",
        ["repeated_question"],
        "cashier keys in the flight number the customer gave, then later asks which flight they are on",
        [
            (C, "hi there can i see your boarding pass please"),
            (U, "its on my phone hang on"),
            (U, "there"),
            (C, "scanner wont read it whats the flight number"),
            (U, "ryanair f r eight one two two to krakow"),
            (C, "thanks ill key it in"),
            (C, "water crisps and the neck pillow thats eighteen forty"),
            (U, "eighteen forty for that christ"),
            (C, "i know airport prices i dont set them"),
            (C, "and which flight are you on tonight"),
            (U, "the krakow one eight one two two i just told you"),
            (C, "oh yeah sorry long night"),
        ],
    ),
    (
        "q08",
        "station coffee kiosk",
        ["repeated_question"],
        "customer said large; after the syrup question and chat about a job interview the cashier asks the size again",
        [
            (C, "morning or is it still night i lose track"),
            (U, "ha still night i reckon can i get a latte"),
            (C, "small or large"),
            (U, "large please i need it"),
            (C, "any syrup in that"),
            (U, "no just as it comes"),
            (C, "where you off to this early"),
            (U, "first train to leeds got a job interview at nine"),
            (C, "oh good luck with that"),
            (C, "and what size did you want on the latte"),
            (U, "large"),
            (C, "large latte three forty five then"),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "airport currency exchange",
        ["rushed_upsell"],
        "premier commission-free upgrade, travel money card sign-up and travel insurance fired at an exhausted traveller in one burst",
        [
            (U, "hi can i change two hundred into euros please"),
            (C, "yep passport please"),
            (U, "here you go"),
            (
                C,
                "now if you upgrade to our premier rate for four ninety nine its commission three on everything",
                RR,
            ),
            (
                C,
                "and have you got our travel money card you earn points every time you exchange",
                R,
            ),
            (U, "um no", R),
            (
                C,
                "we can sign you up right now takes a minute and can i interest you in travel insurance too single trip from six pound",
                R,
            ),
            (C, "covers cancellations lost bags the lot", R),
            (U, "ive been up since four i just want the euros honestly", R),
            (C, "no problem thats two hundred and twenty six euros"),
        ],
    ),
    (
        "q10",
        "station coffee kiosk",
        ["rushed_upsell"],
        "meal deal, loyalty app and a charity round-up pushed back to back at a customer about to miss a train",
        [
            (C, "hiya what can i get you"),
            (U, "americano please"),
            (
                C,
                "do you want to make it a meal deal with a panini and a water only two pound more",
                RR,
            ),
            (U, "no", R),
            (C, "have you got our app every sixth coffee is free", R),
            (U, "no i", R),
            (
                C,
                "you can get it off the qr code just there and would you like to round up for the childrens hospice tonight",
                R,
            ),
            (U, "just the coffee please my train goes in four minutes", R),
            (C, "two eighty then"),
            (U, "tap"),
        ],
    ),
    (
        "q11",
        "24-hour pharmacy",
        ["rushed_upsell"],
        "vitamins three-for-two, points card with email and postcode, and half-price hand gel rattled off at a parent with a feverish child",
        [
            (C, "just the cal pol then"),
            (U, "yeah shes got a temperature weve been up all night"),
            (C, "we got three for two on all the vitamins at the minute you can mix and match", RR),
            (C, "and have you got a points card with us", R),
            (U, "no", R),
            (C, "its free to sign up just need your email and your postcode", R),
            (C, "and the hand gel is half price by the door if you wanna grab one", R),
            (U, "honestly i just need to get home", R),
            (C, "no worries four sixty nine"),
            (U, "card"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "24-hour pharmacy",
        [],
        "warm chat about the customer's own teething baby; the pharmacist is named and praised only to get advice",
        [
            (C, "hiya you alright"),
            (U, "barely been up with the baby since two shes teething"),
            (C, "aw bless her how old is she"),
            (U, "seven months first tooth coming through"),
            (C, "they say the first ones the worst so youre nearly over the hump"),
            (U, "ha i hope so"),
            (C, "for the teething gel under one you need to check with the pharmacist"),
            (C, "priya is on tonight shes brilliant with little ones ill give her a shout"),
            (U, "thank you"),
            (U, "she said the sugar free one and the infant paracetamol"),
            (C, "lovely thats eight twenty nine altogether"),
            (C, "hope she lets you get some sleep tonight"),
        ],
    ),
    (
        "q13",
        "hospital vending kiosk",
        [],
        "the customer gossips about a consultant's affair; the cashier stays out of it and carries on serving",
        [
            (U, "coffee black and a kit cat"),
            (C, "coming up"),
            (U, "you heard about doctor harding up on ward six"),
            (C, "cant say i have"),
            (
                U,
                "they reckon hes been seeing one of the junior doctors and his wife found the texts",
            ),
            (C, "oh i try to keep out of all that to be honest"),
            (C, "thats two pound ten for the both"),
            (U, "go on you must hear everything down here"),
            (C, "i mostly hear people wanting coffee"),
            (U, "ha fair enough"),
            (C, "do you want a bag for the kit cat or are you alright"),
            (U, "im alright"),
        ],
    ),
    (
        "q14",
        "taxi rank booth",
        [],
        "the supervisor is named for a work reason (authorising an account rate) and praised; nothing private",
        [
            (C, "next please where you heading"),
            (U, "gatwick north terminal"),
            (C, "gatwick thats a fixed fare tonight ninety five pound"),
            (U, "ouch is there anything cheaper"),
            (
                C,
                "not off the rank but my supervisor marcus can do an account rate if your firm has one with us",
            ),
            (U, "yeah we should do its under hollis and webb"),
            (C, "let me give him a ring"),
            (C, "marcus sorted it seventy eight on the account hes a legend that man"),
            (U, "brilliant thanks"),
            (C, "name for the driver"),
            (U, "hartley"),
            (C, "car nine black skoda be two minutes"),
        ],
    ),
    (
        "q15",
        "station coffee kiosk",
        [],
        "a 'sorry what was that' over the grinder and the order read back to confirm it; the tea milk question is new",
        [
            (C, "hi there what can i get for you"),
            (U, "can i have a flat wide with oat milk a large tea and a cheese and ham toastie"),
            (C, "sorry the grinders going what was that"),
            (U, "flat white oat milk large tea and a cheese and ham toastie"),
            (C, "got you"),
            (C, "so thats one oat flat white one large tea and a ham and cheese toastie yeah"),
            (U, "yep thats it"),
            (C, "milk in the tea"),
            (U, "splash please"),
            (C, "eleven twenty then toasties about three minutes"),
            (U, "perfect ta"),
        ],
    ),
    (
        "q16",
        "airport currency exchange",
        [],
        "several either-or questions of the same shape about different things, and the customer repeating their own rate question",
        [
            (U, "do you do japanese yen"),
            (C, "we do yeah"),
            (U, "whats the rate tonight"),
            (C, "one eighty eight yen to the pound"),
            (U, "and is that with no commission"),
            (C, "no commission on anything over two hundred"),
            (U, "okay five hundred pounds worth then"),
            (C, "do you want it all in ten thousand notes or a mix"),
            (U, "a mix please"),
            (C, "and do you want any coins or just notes"),
            (U, "just notes"),
            (U, "sorry whats the rate again"),
            (C, "one eighty eight so thats ninety four thousand yen"),
            (C, "do you want the receipt in the wallet or separate"),
        ],
    ),
    (
        "q17",
        "late-night convenience store",
        [],
        "one tailored suggestion for a new night worker, with the bag and receipt questions spread over a relaxed visit",
        [
            (C, "evening"),
            (U, "evening just these two energy drinks and a sandwich"),
            (C, "no bother long night ahead"),
            (U, "yeah twelve hour shift at the sorting office first week on nights"),
            (C, "oh rough the first weeks the worst"),
            (
                C,
                "if you want something that wont make you crash about four in the morning the cold brew cans in the end fridge have way less sugar than those",
            ),
            (U, "oh yeah go on ill swap one", {"pause": 9}),
            (C, "do you need a bag for that lot", {"pause": 3}),
            (U, "no ill stuff them in my rucksack"),
            (C, "seven fifty five then"),
            (U, "tap"),
            (C, "want the receipt", {"pause": 2}),
            (U, "no thanks"),
            (C, "good luck with the shift"),
        ],
    ),
    (
        "q18",
        "taxi rank booth",
        [],
        "two offers (discounted return booking, app discount) far apart in a slow, chatty wait for a car",
        [
            (C, "hiya where to"),
            (U, "hampstead please no rush the trains got cancelled so im in no hurry now"),
            (C, "ah sorry to hear that its about forty five this time of night"),
            (U, "fine"),
            (
                C,
                "if youre coming back this way tomorrow i can book your return now and knock ten percent off",
            ),
            (U, "no im staying a few days with my daughter she just had twins"),
            (C, "oh congratulations twins thats a handful"),
            (U, "tell me about it first grandchildren too"),
            (U, "is it always this quiet at night", {"pause": 12}),
            (
                C,
                "after two it dies right down then the first trains come in about five and it picks up again",
            ),
            (C, "car will be another five minutes you can wait inside if you like its warmer"),
            (C, "oh and if you download our app your next ride is half price", {"pause": 45}),
            (U, "ill have a look thanks"),
            (C, "car eleven grey mondeo"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout142", HELDOUT142, 1421)
