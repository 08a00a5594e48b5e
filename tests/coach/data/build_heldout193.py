# ruff: noqa: E501
"""Build the coach's held-out set 193: written by writer-193 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, little punctuation, no apostrophes,
numbers as words; Cape and Namibian English with "ja", "nee", "lekker", "eish",
"bru", "is it", "just now"): counter staff in Cape Town and Windhoek at a
fish-and-chips shop, a pharmacy, a hardware store, a biltong shop, a bakery and a
petrol-station shop, three conversations in each kind of shop. Cashiers often
speak twice in a row.

Mix: 4 gossip (a previous customer's drunk-driving crash, the manager's tender
fraud, a colleague's affair with a security guard, the cashier's own uncle's
shebeen raid), 4 repeated_question (hake or snoek with the first answer in the
opening order, grams of biltong, which pump, whether the rolls are for a braai),
3 rushed_upsell (loyalty card, airtime, lotto, two-for-one and charity round-up
fired back to back), 7 hard "not" cases (warm chat about the customer's own
grandchild; a colleague named for paint mixing and the manager praised; a
customer gossiping while the cashier deflects; an order read back to confirm it;
a "sorry" re-ask plus different questions of the same shape; one tailored cake
recommendation with the box and slip questions; two offers far apart in a
relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT193 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Kalk Bay fish-and-chips shop",
        ["gossip"],
        "cashier tells the next customer the man before him rolled his bakkie drunk and his wife does not know",
        [
            (C, "howzit next please"),
            (U, "ja hi can i get a small hake and chips and a coke"),
            (C, "sharp one hake small chips"),
            (C, "did you see the oke who was just in front of you with his arm in a sling"),
            (U, "the guy in the rugby jersey"),
            (
                C,
                "ja that one he rolled his bakkie on boyes drive last saturday night drunk out of his mind",
            ),
            (
                C,
                "my cousin is a traffic cop she says he blew double the limit and they had to cut him out",
            ),
            (U, "eish okay"),
            (
                C,
                "and now he strolls in here like nothing happened and the wife still thinks a taxi hit him",
            ),
            (U, "mm how long for the fish"),
            (C, "eight minutes bru eighty five rand"),
            (U, "card"),
        ],
    ),
    (
        "q02",
        "Windhoek hardware store",
        ["gossip"],
        "cashier tells a customer buying screws that the boss is being investigated for rigging a municipal tender",
        [
            (C, "morning what can i do for you"),
            (U, "morning i need a box of the forty mil screws and some wall plugs"),
            (C, "the plugs are by the door ill grab them for you"),
            (U, "thanks"),
            (C, "you heard about our boss neh the one with the big black double cab"),
            (U, "no"),
            (
                C,
                "they caught him with the municipality tender he gave the contract for the school roofs to his brothers company and took a cut",
            ),
            (
                C,
                "the invoices were like three times the price and the zinc never even arrived the whole shop is whispering about it",
            ),
            (U, "hm okay what do i owe you"),
            (
                C,
                "one hundred and twelve dollars but dont say you heard it from me hey they say the anti corruption people are coming on monday",
            ),
            (U, "card please"),
        ],
    ),
    (
        "q03",
        "Claremont pharmacy, Cape Town",
        ["gossip"],
        "cashier explains a colleague's absence by telling the customer she is having an affair with the mall security guard",
        [
            (C, "hi there are you collecting a script or just buying"),
            (U, "just buying the antihistamine the non drowsy one"),
            (C, "the twenty four hour ones is it"),
            (U, "ja those"),
            (
                C,
                "sorry the queue is so long today chantal was supposed to be on but she phoned in sick",
            ),
            (
                C,
                "sick my foot she is with sipho the security guard from downstairs everybody knows they disappear to the parking basement at lunch",
            ),
            (U, "oh"),
            (
                C,
                "and she is married hey her husband fetches her every evening and greets sipho like they are old friends",
            ),
            (U, "right um can i pay by card"),
            (C, "ja tap there sixty nine ninety nine"),
        ],
    ),
    (
        "q04",
        "Windhoek biltong shop",
        ["gossip"],
        "cashier overshares her own family drama: her uncle's unlicensed shebeen raided, the cash in the deep freeze, the bail fight",
        [
            (C, "good afternoon my brother what are you having"),
            (U, "afternoon half a kilo of the beef chilli bites"),
            (C, "half a kilo chilli bites coming"),
            (C, "eish sorry im slow today i was up the whole night with family drama"),
            (U, "oh no"),
            (
                C,
                "the police raided my uncles shebeen in katutura on friday they took all the crates and the big speakers",
            ),
            (
                C,
                "he was selling without a licence for years and my aunty was hiding the money in the deep freeze under the meat they found that also",
            ),
            (U, "ah sjoe"),
            (
                C,
                "now the whole family must chip in for his bail and he is blaming my cousin for phoning the police",
            ),
            (U, "okay how much is that"),
            (C, "one hundred and sixty two dollars"),
            (U, "here you go"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Muizenberg fish-and-chips shop",
        ["repeated_question"],
        "customer orders snoek in the opening line; after beach small talk the cashier asks hake or snoek",
        [
            (U, "hi can i get one snoek and chips please and a portion of calamari"),
            (C, "howzit sure thing"),
            (C, "you want vinegar on the chips"),
            (U, "ja lots of vinegar and salt"),
            (C, "lekker weather today hey the wind finally dropped"),
            (U, "ja first day this week we can actually sit on the beach"),
            (C, "jo im jealous im stuck behind this fryer till ten"),
            (C, "okay so what fish was it for you the hake or the snoek"),
            (U, "the snoek like i said"),
            (C, "cool one hundred and thirty rand"),
            (U, "card"),
        ],
    ),
    (
        "q06",
        "Durbanville biltong shop, Cape Town",
        ["repeated_question"],
        "customer asks for three hundred grams up front; after rugby talk the cashier asks how much he wanted",
        [
            (C, "afternoon what can i get you"),
            (U, "hi three hundred grams of the wet beef biltong please sliced"),
            (C, "wet and sliced no problem"),
            (U, "not too fatty hey"),
            (C, "nee ill cut from the lean piece"),
            (C, "you watching the bokke on saturday"),
            (U, "of course at my brothers place he has the big screen"),
            (C, "lekker hope we klap the all blacks this time"),
            (U, "ja we will"),
            (C, "and how much did you want of this one"),
            (U, "three hundred grams"),
            (C, "three hundred sharp one hundred and twenty rand"),
        ],
    ),
    (
        "q07",
        "Windhoek petrol-station shop",
        ["repeated_question"],
        "customer says pump four; after talk about the heat the cashier asks which pump the car is at again",
        [
            (C, "hallo yes"),
            (U, "hi im paying for petrol and this pie"),
            (C, "okay which pump are you on"),
            (U, "number four the white polo"),
            (C, "and the pie is it chicken or steak"),
            (U, "chicken mushroom"),
            (C, "is it hot out there the aircon in here is broken since monday"),
            (U, "ja its boiling thirty six degrees already"),
            (C, "eish"),
            (C, "sorry the car is standing at which pump"),
            (U, "four"),
            (C, "four six hundred and fifty dollars and the pie is thirty two"),
        ],
    ),
    (
        "q08",
        "Bellville bakery, Cape Town",
        ["repeated_question"],
        "customer says the rolls are for her husband's birthday braai; after the chat the cashier asks if they are for a braai",
        [
            (C, "hi my darling what can i get you"),
            (U, "two dozen of the white rolls please"),
            (C, "is it for a braai then"),
            (U, "ja my husbands birthday we are braaiing tonight"),
            (C, "lekker happy birthday to him"),
            (U, "thanks he turns fifty"),
            (C, "fifty nogal"),
            (C, "do you want them sliced"),
            (U, "ja please"),
            (C, "so are these for a braai or just for the house"),
            (U, "for the braai i told you"),
            (C, "sorry sorry seventy two rand"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Windhoek petrol-station shop",
        ["rushed_upsell"],
        "rewards card, sign-up, airtime and a lotto ticket fired back to back while the customer only says no",
        [
            (U, "pump two and these chips"),
            (C, "pump two four hundred dollars and twelve for the chips"),
            (C, "do you have our rewards card you get points on the fuel", RR),
            (U, "no", R),
            (C, "you want to sign up quick just your cellphone number", R),
            (U, "no thanks", R),
            (C, "any airtime today mtc or tn mobile", R),
            (U, "no", R),
            (C, "and a lotto ticket the jackpot is big this week", R),
            (U, "no just the petrol", R),
            (C, "four hundred and twelve"),
        ],
    ),
    (
        "q10",
        "Sea Point pharmacy, Cape Town",
        ["rushed_upsell"],
        "loyalty card, sign-up, two-for-one vitamin c and a round-up for the children's hospital pushed in a burst",
        [
            (C, "next please"),
            (U, "just the cough mixture"),
            (C, "okay"),
            (C, "do you have our health rewards card", RR),
            (U, "nope", R),
            (C, "we can do it now takes one minute", R),
            (U, "its fine", R),
            (C, "the vitamin c is two for one today grab some for the winter", R),
            (U, "no", R),
            (C, "and can we round up to ninety for the childrens hospital", R),
            (U, "ja okay whatever", R),
            (C, "ninety rand tap when ready"),
        ],
    ),
    (
        "q11",
        "Windhoek bakery",
        ["rushed_upsell"],
        "two-for-one buns, loyalty card, soup-kitchen round-up and airtime in quick succession at a customer who mumbles no",
        [
            (U, "morning one brown bread and two vetkoek"),
            (C, "morning"),
            (C, "the cinnamon buns are two for one only today", RR),
            (U, "mm no", R),
            (C, "you got our loyalty card every tenth loaf is free", R),
            (U, "no", R),
            (C, "we can round up for the soup kitchen in havana", R),
            (U, "uh", R),
            (C, "and airtime we also sell now", R),
            (U, "no thanks just the bread", R),
            (C, "thirty eight dollars fifty"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Observatory pharmacy, Cape Town",
        [],
        "not gossip: warm chat about the customer's own new grandchild and a remark on her purchase; one bag question",
        [
            (U, "hi these nappies and the bum cream please"),
            (C, "ooh newborn size is there a new baby in the family"),
            (U, "my first grandchild born on sunday a little girl"),
            (C, "ag congratulations thats so special"),
            (C, "whats her name"),
            (U, "amahle"),
            (C, "beautiful name you must be over the moon"),
            (U, "i cant stop smiling honestly"),
            (C, "enjoy every minute that cream is a good one its very gentle on tiny bums"),
            (C, "one hundred and eighty four rand do you want a bag"),
            (U, "ja please"),
        ],
    ),
    (
        "q13",
        "Windhoek hardware store",
        [],
        "not gossip: a colleague named because he mixes the paint and praised for his work; the manager praised for finding a better supplier",
        [
            (U, "hi i need paint to match this colour its for the lounge"),
            (
                C,
                "ah for that you must see petrus at the mixing machine he can match it from a chip",
            ),
            (U, "okay thanks"),
            (
                C,
                "he is really good hey he matched the whole church in khomasdal from one old flake",
            ),
            (U, "and do you have the roller trays"),
            (C, "ja aisle six next to the brushes"),
            (
                C,
                "mrs nangolo our manager found a new supplier for the rollers last month they dont shed fluff like the old ones",
            ),
            (U, "lekker ill check them"),
            (C, "when petrus is done just bring the slip here and i ring it up"),
            (U, "sharp thanks"),
        ],
    ),
    (
        "q14",
        "Tokai biltong shop, Cape Town",
        [],
        "not gossip: the customer gossips about a neighbour's husband running off while the cashier declines to engage and returns to the order",
        [
            (U, "hi two droewors sticks and a bag of chilli bites please"),
            (C, "sure the chilli bites came out fresh this morning"),
            (U, "hey did you hear about the lady from number twelve across the road"),
            (C, "mm"),
            (U, "apparently her husband ran off with the au pair can you believe it"),
            (C, "ag i dont really know them"),
            (C, "do you want the mild or the hot droewors"),
            (U, "hot and i saw the moving truck there on sunday everybody is talking"),
            (C, "hot it is"),
            (C, "thats ninety five rand altogether"),
            (U, "card"),
        ],
    ),
    (
        "q15",
        "Woodstock fish-and-chips shop, Cape Town",
        [],
        "not a repeat: cashier asks the customer to say the order again over the fryer noise, then reads it back to confirm; other questions differ",
        [
            (U, "hi can i have two hake and chips one snoek with small chips and a russian"),
            (C, "sorry bru the fryer is loud say again"),
            (U, "two hake and chips one snoek small chips and a russian"),
            (
                C,
                "okay so thats two hake two regular chips one snoek one small chips and one russian",
            ),
            (U, "ja thats it"),
            (C, "eat in or take away"),
            (U, "take away"),
            (C, "salt and vinegar on everything"),
            (U, "ja but no vinegar on the snoek one"),
            (C, "noted two hundred and sixty rand ready in ten minutes"),
        ],
    ),
    (
        "q16",
        "Windhoek petrol-station shop",
        [],
        "not a repeat: the pump question is re-asked only after the customer says sorry; size, kind and toasting are different questions of the same shape",
        [
            (C, "evening what pump"),
            (U, "sorry"),
            (C, "which pump are you paying for"),
            (U, "oh pump six"),
            (C, "pump six three hundred dollars"),
            (C, "and the coffee what size"),
            (U, "large"),
            (C, "and the sandwich which one the chicken mayo or the egg"),
            (U, "chicken mayo"),
            (C, "you want it toasted"),
            (U, "ja please"),
            (C, "three hundred and sixty eight dollars"),
        ],
    ),
    (
        "q17",
        "Wynberg bakery, Cape Town",
        [],
        "not rushed: one tailored suggestion of a sugar-free cake for a diabetic mother, then friendly chat and the box and slip questions spread out",
        [
            (U, "hi im looking for something for my mom she is diabetic but she loves cake"),
            (C, "ah okay we do a sugar free carrot cake sweetened with dates she might like that"),
            (U, "oh perfect a small one please"),
            (C, "is it for a special occasion"),
            (U, "ja she turns seventy on saturday"),
            (C, "seventy wow i hope you all have a lekker day"),
            (U, "thanks we are doing lunch at kirstenbosch"),
            (C, "beautiful spot if the weather holds"),
            (C, "one hundred and forty rand"),
            (U, "card"),
            (C, "do you need a packet or is the box fine"),
            (U, "box is fine"),
            (C, "and the slip you want it"),
            (U, "nee its okay thanks"),
        ],
    ),
    (
        "q18",
        "Observatory hardware store, Cape Town",
        [],
        "not rushed: a trade card mentioned at the start and a free workshop near the end, with a long relaxed chat about fixing cupboards between",
        [
            (C, "morning how are you"),
            (U, "good thanks just these hinges and the wood glue"),
            (C, "do you have our trade card you get ten percent on hardware"),
            (U, "nee im not a builder just fixing the kitchen cupboards"),
            (C, "ah okay doing it yourself nice"),
            (U, "ja trying my wife is tired of the doors falling off"),
            (C, "these are soft close so they wont slam anymore"),
            (U, "lekker thats exactly what i wanted"),
            (C, "the glue needs overnight to set properly hey so clamp it if you can"),
            (U, "i have clamps at home just now ill dig them out"),
            (
                C,
                "we run a woodwork class on saturday mornings if you ever feel keen its free",
                {"pause": 6.0},
            ),
            (U, "maybe ill pop in"),
            (C, "two hundred and fourteen rand"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout193", HELDOUT193, 1931)
