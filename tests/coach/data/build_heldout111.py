# ruff: noqa: E501
"""Build the coach's held-out set 111: written by writer-111 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings): staff at airports and motorway services
serving travellers from many countries: a duty-free till, a service-station
shop, an airport car-hire desk, an airport cafe counter, a landside
travel-essentials kiosk and a motorway fuel kiosk on the night shift.

Mix: 4 gossip (a cashier who keeps gossiping while the customer tries to change
the subject; a colleague's health scare; the previous customer's unruly kids
and their parents' marriage; the cashier's own debts and payday loans),
4 repeated_question (whether the car was booked, asked as a yes-or-no question;
where they are flying, asked three times; the flight time; how many bags, first
answered with a number), 3 rushed_upsell (fast-track, insurance and a currency
card; a rewards club, a spend-more gift, a currency card and a charity round-up;
a meal deal, a fuel card and a donation tin fired at a customer on the way out)
and 7 hard "not" cases (warm chat about the customer's own trip with an order
read back and a colleague named for work; a customer gossiping while the night
cashier deflects; a colleague recommended for her whisky knowledge and praised,
plus a "sorry what" re-ask; different questions of the same shape with an order
read back; different driver and licence questions plus a "sorry" re-ask; one
tailored recommendation with bag and receipt questions spread out; two offers
far apart in a relaxed car-hire visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT111 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "duty-free till",
        ["gossip"],
        "cashier keeps telling an affair story about a supervisor while the customer keeps steering back to the shopping",
        [
            (C, "evening can i scan your boarding card"),
            (U, "yes here lisbon"),
            (C, "lovely thank you"),
            (
                C,
                "sorry im all over the place tonight you would not believe the drama in our staff room",
            ),
            (U, "oh dear um do you have the big toble rome"),
            (
                C,
                "bottom shelf there so one of our supervisors kerry has been seeing a baggage handler behind her husbands back and the whole terminal knows",
            ),
            (U, "okay and is this perfume cheaper than in town"),
            (
                C,
                "a bit yeah anyway his wife turned up at arrivals yesterday and screamed at her in front of everyone",
            ),
            (U, "right i just need to pay my gait is closing soon"),
            (
                C,
                "security had to walk her out honestly kerry wont show her face now it was like a soap",
            ),
            (C, "that comes to fifty two pounds forty"),
            (U, "card please"),
        ],
    ),
    (
        "q02",
        "airport cafe counter",
        ["gossip"],
        "cashier shares a colleague's private medical details, told in confidence, with a stranger",
        [
            (C, "hiya what can i get you"),
            (U, "a large americano and the banana bread please"),
            (C, "any milk in that"),
            (U, "no black"),
            (
                C,
                "sorry for the wait its just me on this morning my colleague sandra got blue lighted out of here on tuesday",
            ),
            (U, "oh no"),
            (
                C,
                "she went down right by the grinder they reckon its her heart and she has had a lump checked as well and she hasnt told her kids any of it",
            ),
            (
                C,
                "she only told me cos we share a locker but her blood pressure is through the roof and the doctor said she drinks far too much",
            ),
            (U, "im sorry to hear that"),
            (C, "six pound ninety five please"),
            (U, "here you are"),
            (C, "ta your coffee will be at the end"),
        ],
    ),
    (
        "q03",
        "service-station shop",
        ["gossip"],
        "cashier runs down the last family's children and speculates about the parents' marriage",
        [
            (C, "morning is it pump six"),
            (U, "pump six and these two waters"),
            (C, "did you see that lot that just went out"),
            (U, "the people carrier"),
            (
                C,
                "yeah three kids running riot pulling the crisps off the shelves one of them licked the ice cream freezer",
            ),
            (
                C,
                "and mum and dad were going at it by the coffee machine he was shouting she only married him for the house",
            ),
            (U, "kids eh"),
            (
                C,
                "i give them a year before they split she wasnt even wearing her ring i clocked that",
            ),
            (U, "how much do i owe you"),
            (C, "sixty eight twelve with the waters"),
            (U, "contactless"),
            (C, "there you go drive safe"),
        ],
    ),
    (
        "q04",
        "motorway fuel kiosk at night",
        ["gossip"],
        "night cashier overshares his own payday-loan debts, bailiffs and secrets from his girlfriend",
        [
            (C, "which pump"),
            (U, "number three and a red bull"),
            (C, "forty one fifty then"),
            (U, "long night for you"),
            (
                C,
                "dont even ask i do these nights and days at the warehouse cos im up to my neck in it",
            ),
            (U, "oh yeah"),
            (
                C,
                "took out one of them payday loans for the car and with the interest its gone up to about three grand",
            ),
            (
                C,
                "bailiffs have been round my mums twice my girlfriend doesnt even know and now ive got a second loan to pay off the first one",
            ),
            (U, "thats rough mate"),
            (C, "i just shove the letters in a drawer and dont open them"),
            (U, "can i pay by card"),
            (C, "stick it in the tray there"),
        ],
    ),
    # ------------------------------------------------------- repeated_question
    (
        "q05",
        "airport car-hire desk",
        ["repeated_question"],
        "customer said at the start she booked online; the agent later asks again as a yes-or-no question whether there is a booking",
        [
            (C, "good afternoon how can i help"),
            (U, "hello we want to collect a car"),
            (C, "have you got a reservation with us"),
            (U, "yes i booked it online last week the name is becker"),
            (C, "lovely can i take the driving licence and a credit card in the main drivers name"),
            (U, "here is my licence and the card"),
            (C, "thank you and is it just yourself driving"),
            (U, "only me my husband does not drive on the left"),
            (C, "fair enough"),
            (C, "and have you booked with us already"),
            (U, "yes online becker b e c k e r"),
            (C, "ah there it is compact automatic for seven days"),
        ],
    ),
    (
        "q06",
        "duty-free till",
        ["repeated_question"],
        "cashier asks where the customer is flying three times after being told each time",
        [
            (C, "hello there can i see your boarding card"),
            (U, "here it is"),
            (C, "and where are you flying today"),
            (U, "abuja through lagos"),
            (C, "lovely just the two bottles is it"),
            (U, "and the chocolates for my nieces"),
            (C, "okay and what is your final destination today"),
            (U, "abuja"),
            (C, "perfect these chocolates are on the three for two"),
            (U, "then i take three"),
            (C, "right and where is it you are travelling to"),
            (U, "abuja my friend abuja"),
            (C, "sorry yes thats eighty four pounds"),
        ],
    ),
    (
        "q07",
        "airport cafe counter",
        ["repeated_question"],
        "server asks the flight time, is given it, and asks when the flight goes a few turns later",
        [
            (C, "hi what can i get for you"),
            (U, "can i have the full breakfast and a tea"),
            (C, "sure what time is your flight the breakfast takes about fifteen minutes"),
            (U, "six fifty five"),
            (C, "oh thats fine then"),
            (U, "and a orange juice please"),
            (C, "small or large"),
            (U, "small one"),
            (C, "okay so when is it you fly out"),
            (U, "six fifty five like i said"),
            (C, "oh yes sorry fourteen twenty please"),
        ],
    ),
    (
        "q08",
        "travel-essentials kiosk",
        ["repeated_question"],
        "assistant asks how many bags, gets three, works out the straps from it, then asks how many cases again",
        [
            (C, "hello you alright"),
            (U, "hi i need the luggage straps and the name tags"),
            (C, "how many bags are you checking in"),
            (U, "three"),
            (C, "okay the straps come in a two pack so you will want two packs"),
            (U, "okay and a padlock please"),
            (C, "the tsa ones are here with the combination"),
            (U, "this one is good"),
            (C, "and how many cases have you got going in the hold"),
            (U, "three bags three"),
            (C, "right two packs of straps three tags and the lock"),
            (U, "obrigado"),
        ],
    ),
    # ----------------------------------------------------------- rushed_upsell
    (
        "q09",
        "travel-essentials kiosk",
        ["rushed_upsell"],
        "after ringing up a cable the assistant fires fast-track, travel insurance, a currency card and email capture in one run",
        [
            (C, "hiya"),
            (U, "hello one phone cable please the usb c"),
            (C, "there you go thats twelve ninety nine"),
            (
                C,
                "have you got fast track cos security is mental we do it here for seven pound a head",
                RR,
            ),
            (U, "no its ok", R),
            (
                C,
                "are you covered for travel insurance we do single trip from nine ninety nine takes two minutes",
                R,
            ),
            (U, "we have", R),
            (C, "what about currency we do a prepaid card no commission you load it on the app", R),
            (U, "no no just the cable", R),
            (C, "can i grab your email for the receipt", R),
            (U, "paper is fine"),
            (C, "no worries tap there"),
        ],
    ),
    (
        "q10",
        "duty-free till",
        ["rushed_upsell"],
        "cashier rattles off the rewards club, a spend-more gift, a currency card and a charity round-up before the couple can answer",
        [
            (C, "hi boarding passes please"),
            (U, "here you go both of us"),
            (C, "thanks sydney via dubai nice"),
            (
                C,
                "are you members of our world rewards its free and you get points on all of this today",
                RR,
            ),
            (U, "uh", R),
            (C, "and if you spend another twenty you get the free wash bag with the gin", R),
            (
                C,
                "oh and we can top up a currency card here dirhams or aussie dollars best rate in the terminal",
                R,
            ),
            (U, "we are fine thanks", R),
            (C, "do you want to round up to forty for the childrens hospice", R),
            (U, "no thanks just the gin"),
            (C, "lovely thats thirty eight fifty"),
        ],
    ),
    (
        "q11",
        "service-station shop",
        ["rushed_upsell"],
        "as the customer says goodbye and heads for the door the cashier fires a meal deal, a fuel card and a donation in a rush",
        [
            (C, "morning"),
            (U, "morning pump four and the coffee"),
            (C, "pump four forty two pound and the latte three twenty so forty five twenty"),
            (U, "card"),
            (C, "pop it in whenever youre ready"),
            (U, "okay thank you bye"),
            (C, "oh wait do you want the meal deal sandwich crisps and a drink four fifty", RR),
            (C, "and have you got our fuel rewards card you would have got points on that", R),
            (U, "no we are late sorry", R),
            (C, "pound in the tin for the air ambulance", R),
            (U, "no bye", R),
        ],
    ),
    # ------------------------------------------------------------ not cases
    (
        "q12",
        "airport cafe counter",
        [],
        "warm chat about the customer's own trip, the order read back to confirm it, a colleague named only for serving it",
        [
            (C, "morning my love what can i get you"),
            (U, "good morning a cappuccino and the croissant with ham and cheese"),
            (C, "lovely are you off somewhere nice"),
            (U, "krakow my granddaughter is being christened on sunday my first great grandchild"),
            (C, "oh congratulations thats so special you will be the proudest one in the church"),
            (U, "i bought her the little silver spoon look"),
            (C, "ah thats gorgeous shell keep that forever"),
            (C, "so thats one cappuccino and a ham and cheese croissant warmed up"),
            (U, "yes please"),
            (
                C,
                "six eighty please tomasz on the hot counter will bring the croissant over he does them nice and crispy",
            ),
            (U, "thank you dear"),
            (C, "have a wonderful time"),
        ],
    ),
    (
        "q13",
        "motorway fuel kiosk at night",
        [],
        "a lorry driver gossips about a former kiosk worker; the night cashier declines every time and keeps to business",
        [
            (U, "alright pump nine the diesel"),
            (C, "pump nine ninety three pound forty"),
            (U, "here is that fella still working here the one with the ponytail"),
            (C, "couldnt tell you mate"),
            (U, "i heard he got caught with his hand in the till and his missus threw him out"),
            (C, "wouldnt know anything about that do you want a receipt"),
            (
                U,
                "go on and they say he was carrying on with the girl from the burger place and all",
            ),
            (C, "not my business honestly here you go receipt and your card"),
            (U, "ah youre no fun"),
            (C, "ha safe drive the roadworks at junction twelve are still on"),
        ],
    ),
    (
        "q14",
        "duty-free till",
        [],
        "a colleague recommended for her whisky knowledge and praised for a work course, and a gift-box question repeated only because the customer did not hear",
        [
            (C, "hi there do you need a hand"),
            (U, "yeah im looking for a scotch for my father in law he likes it smoky"),
            (
                C,
                "my colleague fiona is our whisky specialist shes by the tasting table she will sort you out",
            ),
            (U, "great thanks"),
            (U, "she said this lag a vulin sixteen", {"pause": 45}),
            (
                C,
                "oh good choice fiona really knows her stuff the manager sent her on the distillery course last spring and she came top",
            ),
            (C, "can i see your boarding card"),
            (U, "sure boston"),
            (C, "would you like it in a gift box"),
            (U, "sorry what the announcement"),
            (C, "would you like a gift box for it its free"),
            (U, "oh yes please"),
            (C, "thats seventy nine pounds then"),
        ],
    ),
    (
        "q15",
        "travel-essentials kiosk",
        [],
        "different questions of the same shape (which adapter, which suncream, which factor) and the items read back to confirm",
        [
            (C, "hello what can i help you with"),
            (U, "i need a sin card for uk and the plug adapter"),
            (C, "the sim is here ten pound with thirty gig"),
            (C, "and for the adapter is it uk to europe or europe to uk you need"),
            (U, "europe to uk my plugs are spanish"),
            (C, "then this one"),
            (U, "and the suncream is how much"),
            (C, "which one the spray or the lotion"),
            (U, "the spray"),
            (C, "eight fifty and which factor do you want thirty or fifty"),
            (U, "fifty"),
            (C, "okay so thats the sim the europe to uk adapter and the factor fifty spray"),
            (U, "yes"),
            (C, "twenty nine pounds forty"),
        ],
    ),
    (
        "q16",
        "airport car-hire desk",
        [],
        "same-shaped questions about two different drivers, and the return question rephrased only after the customer says sorry",
        [
            (C, "hi there whats the name on the booking"),
            (U, "wei zhang"),
            (C, "got you and whats the name of the second driver"),
            (U, "lin chen my wife"),
            (C, "can i see your licence mister zhang"),
            (U, "here"),
            (C, "and can i see the licence for misses chen as well"),
            (U, "yes this one"),
            (C, "when are you bringing it back"),
            (U, "sorry"),
            (C, "when will you be returning the car"),
            (U, "the twelfth in the morning"),
            (C, "lovely its in bay fourteen on level two keys are in it"),
        ],
    ),
    (
        "q17",
        "service-station shop",
        [],
        "one recommendation tailored to a teething baby on a long drive, with the bag and receipt questions spread over a relaxed visit",
        [
            (C, "hello there"),
            (U, "hello you have the nappies size four"),
            (C, "yeah aisle two by the baby wipes"),
            (U, "okay these and the wipes", {"pause": 40}),
            (C, "no problem long drive"),
            (U, "yes we go to the ferry at dover the baby does not sleep she is teething"),
            (
                C,
                "aw bless in the fridge by the milk there are those cold teething rings loads of parents swear by them for the car",
            ),
            (U, "oh good idea i take one"),
            (C, "do you want a bag for all that", {"pause": 25}),
            (U, "yes please"),
            (C, "thats fourteen sixty"),
            (U, "card"),
            (C, "do you need a receipt", {"pause": 6}),
            (U, "no thank you"),
        ],
    ),
    (
        "q18",
        "airport car-hire desk",
        [],
        "two offers (excess cover early, a satnav at the very end) far apart in a relaxed chat about the couple's Highland route",
        [
            (C, "morning welcome to inverness what brings you up"),
            (U, "hello we have a booking rossi we go to the highlands for one week"),
            (C, "oh lovely you picked a good week for it"),
            (
                C,
                "would you like to add our zero excess cover it means you pay nothing if there is a scratch",
            ),
            (U, "no thank you we have it with the credit card"),
            (C, "no bother"),
            (U, "is it easy to drive to skye", {"pause": 8}),
            (
                C,
                "aye just follow the road down past loch ness and stop at the viewpoint above the glen its stunning",
            ),
            (U, "we want to see the castle ellen donan"),
            (
                C,
                "you will its right on the road before the bridge get there early before the buses",
            ),
            (C, "right paperwork is done", {"pause": 30}),
            (
                C,
                "one last thing the signal is patchy once you get out west would you like a satnav its eight pound a day",
            ),
            (U, "no we have downloaded the maps"),
            (C, "good thinking keys are here bay twenty enjoy"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout111", HELDOUT111, 1111)
