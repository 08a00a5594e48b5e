# ruff: noqa: E501
"""Build the coach's held-out set 202: written by writer-202 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words), Southwestern American English from New Mexico and Arizona:
a trading post, a green chile roaster stand, a pharmacy, a hardware store, two
gas stations (one on the rez) and a tortilla bakery. Cashiers sometimes speak
twice in a row; local words ("red or green", "christmas", "yall", "the rez",
"ahead of the monsoon", "comadre", "ristras") appear in passing.

Mix: 4 gossip (a previous customer's repossessed truck, the manager selling fake
turquoise, a coworker's affair with the propane guy, the cashier's own sister's
DUI), 4 repeated_question (red or green, pounds of roasted chile, propane tank
size, whether it is for a feast day; one answered "like i told you"),
3 rushed_upsell (rewards card, lottery ticket, car wash, round-up donation, text
club fired back to back at a customer who barely answers), and 7 hard "not"
cases: warm chat about the customer's own life, a colleague named for a work
reason plus a praised manager, a customer who gossips while the cashier
deflects, an order read back to confirm it, a "sorry" re-ask with different
questions of the same shape, one tailored recommendation with routine bag and
receipt questions spread out, and two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT202 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "gas station",
        ["gossip"],
        "cashier tells the next customer the man who just left had his truck repossessed and hid it from his wife",
        [
            (U, "twenty on pump six please"),
            (C, "twenty on six you got it"),
            (C, "you see that guy that just walked out to the little white car"),
            (U, "kinda"),
            (
                C,
                "thats lonnie his f two fifty got repod tuesday right out of his driveway with the whole street watching",
            ),
            (C, "his wife told my cousin he been hiding the notices from her for like four months"),
            (U, "huh thats rough"),
            (C, "and now hes going around telling everybody it got stolen nobody buys it"),
            (U, "okay well here you go"),
            (C, "out of forty so twenty back have a good one"),
        ],
    ),
    (
        "q02",
        "trading post",
        ["gossip"],
        "cashier slanders the manager as selling dyed fake turquoise to tourists",
        [
            (U, "hi how much is this bracelet the one with the blue stones"),
            (C, "that one is two eighty five"),
            (U, "is that real turquoise"),
            (C, "honestly between you and me i wouldnt trust nothing in that case"),
            (
                C,
                "my manager gary buys that stuff by the box out of some warehouse in phoenix and tells the tourists its sleeping beauty",
            ),
            (U, "oh"),
            (
                C,
                "half of its dyed howlite he peels the little stickers off himself in the back room",
            ),
            (
                C,
                "he took a lady from ohio for six hundred on a squash blossom last week i felt sick about it",
            ),
            (U, "maybe ill just get the postcards then"),
            (C, "four postcards thats five dollars"),
        ],
    ),
    (
        "q03",
        "hardware store",
        ["gossip"],
        "cashier tells a customer a coworker is having an affair with the propane delivery man behind her husband's back",
        [
            (U, "just these hose clamps and the cooler pump"),
            (C, "okay lemme ring these up"),
            (C, "oh look whos pulling in out there the propane guy"),
            (U, "mm"),
            (
                C,
                "every thursday like clockwork and somehow marisol always needs her break right when he shows up",
            ),
            (
                C,
                "her husband works nights at the mine and has no clue shes been going out to sit in his truck since christmas",
            ),
            (U, "yikes"),
            (C, "the whole back room knows except him"),
            (U, "okay what do i owe you"),
            (C, "forty two sixteen"),
        ],
    ),
    (
        "q04",
        "tortilla bakery",
        ["gossip"],
        "cashier overshares her own family drama: bailing her sister out after a third DUI",
        [
            (U, "morning can i get a dozen flour"),
            (C, "morning yeah theyre still warm"),
            (U, "perfect"),
            (C, "sorry im so slow today i was up till three bailing my sister out"),
            (U, "oh no"),
            (
                C,
                "she got a dui on saint michaels hit somebodys mailbox and then tried to argue with the cop",
            ),
            (
                C,
                "thats her third one my mom says shes done with her so now i gotta pay the lawyer out of my own check",
            ),
            (U, "thats a lot"),
            (C, "tell me about it anyway thats six fifty"),
            (U, "here you go"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "tortilla bakery breakfast counter",
        ["repeated_question"],
        "asks red or green again after the customer already said christmas",
        [
            (U, "can i get two breakfast burritos to go"),
            (C, "sure red or green"),
            (U, "christmas on both please"),
            (C, "bacon or chorizo"),
            (U, "one of each"),
            (C, "yall doing anything fun this weekend"),
            (U, "going up to the jemez if the rain holds off"),
            (C, "oh nice the hot springs are real pretty this time of year"),
            (U, "yeah we go every summer"),
            (C, "okay and what chile did you want on those red or green"),
            (U, "christmas"),
            (C, "got it be about ten minutes"),
        ],
    ),
    (
        "q06",
        "green chile roaster stand",
        ["repeated_question"],
        "asks how many pounds again after the customer said a forty pound sack; customer answers 'like i told you'",
        [
            (U, "hi im gonna need some of the big jim hot"),
            (C, "how much you want roasted"),
            (U, "a full sack the forty pound"),
            (C, "alright hot big jims coming up"),
            (C, "you from around here"),
            (U, "las cruces originally but we moved up to albuquerque"),
            (C, "ah so you know the good stuff"),
            (U, "yeah cant get through a winter without it"),
            (C, "so how many pounds am i throwing in the drum for you"),
            (U, "like i told you the forty pound sack"),
            (C, "right right thatll be forty five"),
        ],
    ),
    (
        "q07",
        "hardware store",
        ["repeated_question"],
        "asks the propane tank size again after the customer said twenty pound",
        [
            (U, "i need to swap out a propane tank"),
            (C, "sure which one you got the twenty pound or the thirty"),
            (U, "the twenty pound for the grill"),
            (C, "okay go ahead and leave it by the cage out front"),
            (U, "will do"),
            (C, "you grilling for the fourth"),
            (U, "yeah whole family coming down from gallup"),
            (C, "nice big crowd"),
            (C, "and what size tank was that you were exchanging"),
            (U, "the twenty"),
            (C, "okay exchange is twenty four ninety nine"),
        ],
    ),
    (
        "q08",
        "trading post",
        ["repeated_question"],
        "asks whether it is for the feast day again in other words after the customer already said so",
        [
            (U, "hi just these two pounds of blue corn meal and the hominy"),
            (C, "sure is this for the feast day"),
            (U, "yeah santo domingo on the fourth my auntie is cooking"),
            (C, "oh nice"),
            (U, "we got like sixty people coming to the house"),
            (C, "you want the big bag of posole then or is the small one enough"),
            (U, "the big one"),
            (C, "alright and are you cooking all this for a feast or just for home"),
            (U, "for the feast"),
            (C, "okay that comes to twenty eight forty"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station",
        ["rushed_upsell"],
        "rewards card, lottery ticket and car wash fired back to back; customer only says no",
        [
            (U, "pump three and these chips"),
            (C, "you got our rewards card its five cents off a gallon", RR),
            (U, "no", R),
            (C, "want a powerball ticket its up to four hundred million", R),
            (U, "nah", R),
            (C, "and a car wash its only six bucks with a fill up", R),
            (U, "just the gas", R),
            (C, "okay sixty two eighteen"),
        ],
    ),
    (
        "q10",
        "pharmacy",
        ["rushed_upsell"],
        "rewards program, round-up donation and text club pushed in a row at a prescription pickup",
        [
            (C, "picking up"),
            (U, "yeah for begay"),
            (C, "date of birth"),
            (U, "three twelve eighty"),
            (
                C,
                "okay got it are you on our rewards program you get points on every prescription",
                RR,
            ),
            (U, "uh", R),
            (C, "would you like to round up today for the childrens hospital", R),
            (U, "no", R),
            (C, "and can i get your cell for our text club refill alerts and coupons", R),
            (U, "im good", R),
            (C, "sign the pad for me"),
        ],
    ),
    (
        "q11",
        "gas station on the rez",
        ["rushed_upsell"],
        "lottery, round-up for the food bank, text club and car wash rattled off while the customer mumbles",
        [
            (U, "forty on four and a coffee"),
            (C, "you want a scratcher with that we got the new cash blast ones", RR),
            (U, "mm no", R),
            (C, "round up for the food bank", R),
            (U, "no", R),
            (C, "you on our text club you get a free coffee every tenth", R),
            (C, "car wash is open too today five dollars", R),
            (U, "just the gas and coffee", R),
            (C, "forty two nineteen"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "green chile roaster stand",
        [],
        "NOT gossip: warm chat about the customer's own daughter coming home and the stew she will make",
        [
            (U, "hi can i get twenty pounds of the medium roasted"),
            (C, "you bet medium coming up"),
            (U, "my daughter comes home from tempe next week so i gotta stock the freezer"),
            (C, "aw is she at asu"),
            (U, "yeah just finished her second year of nursing"),
            (C, "good for her you must be proud"),
            (C, "twenty pounds will do you all winter if you bag it up in quarts"),
            (U, "thats the plan green chile stew the first night she gets in"),
            (C, "shes gonna be so happy"),
            (C, "okay thatll be twenty four and itll be out of the roaster in like ten minutes"),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "NOT gossip: a coworker named as the swamp cooler expert and the manager praised for ordering stock",
        [
            (U, "do yall have the aspen pads for a swamp cooler the big master cool size"),
            (C, "we should let me check"),
            (
                C,
                "ramon back in the cooler aisle knows all those sizes hes been fixing swamp coolers like twenty years",
            ),
            (U, "oh good"),
            (
                C,
                "and our manager deb ordered extra ahead of the monsoon so we actually got them this year shes good about that",
            ),
            (U, "last year i drove clear to santa fe for them"),
            (C, "not this time just tell ramon your model number and hell set you up"),
            (U, "thanks ill go find him"),
        ],
    ),
    (
        "q14",
        "gas station",
        [],
        "NOT gossip: the customer gossips about a repossessed truck while the cashier deflects",
        [
            (U, "fifty on two"),
            (C, "fifty on two"),
            (
                U,
                "hey you hear about that guy from round rock his truck got repod right in front of the chapter house",
            ),
            (C, "i dont really know nothing about that"),
            (U, "everybody says his girlfriend took off with the payment money"),
            (C, "couldnt tell you"),
            (C, "you want your receipt"),
            (U, "yeah"),
            (U, "that family always got some drama going"),
            (C, "drive safe the road by the wash is still muddy"),
        ],
    ),
    (
        "q15",
        "tortilla bakery",
        [],
        "NOT repeated_question: a party order read back once to confirm it",
        [
            (U, "i need three dozen flour and two dozen corn for a party saturday"),
            (C, "okay you want them fresh saturday morning or today"),
            (U, "saturday morning"),
            (C, "we open at six so come anytime after that"),
            (U, "oh and throw in a dozen of the blue corn too"),
            (C, "okay let me read that back to you"),
            (
                C,
                "three dozen flour two dozen yellow corn one dozen blue corn pick up saturday morning that right",
            ),
            (U, "yep thats it"),
            (C, "and whats the name for the order"),
            (U, "archuleta"),
            (C, "perfect see you saturday"),
        ],
    ),
    (
        "q16",
        "pharmacy",
        [],
        "NOT repeated_question: date of birth asked again only because the customer did not hear it; last name and first name are different questions of the same shape",
        [
            (C, "hi what last name is the prescription under"),
            (U, "yazzie"),
            (C, "and first name"),
            (U, "loretta"),
            (C, "whats your date of birth"),
            (U, "sorry the cooler is so loud in here"),
            (C, "oh no worries your date of birth"),
            (U, "june second nineteen fifty eight"),
            (C, "okay i have two ready for you the lisinopril and the metformin"),
            (C, "any questions for the pharmacist on either one"),
            (U, "no ive been on them a while"),
            (C, "alright thats ten dollars even"),
        ],
    ),
    (
        "q17",
        "trading post",
        [],
        "NOT rushed_upsell: one tailored suggestion and the usual bag and receipt questions spread over a relaxed chat",
        [
            (U, "just this bag of pinon coffee and the blue corn pancake mix"),
            (C, "oh good picks"),
            (
                U,
                "theyre for my dad hes in the hospital in flagstaff and he misses the stuff from up here",
            ),
            (C, "aw im sorry to hear that i hope he feels better soon"),
            (
                C,
                "if hes having those pancakes the prickly pear syrup goes real good with them its on the end cap by the door",
            ),
            (U, "oh he would love that ill grab one"),
            (C, "youll want a bag for all that", {"pause": 5}),
            (U, "yes please"),
            (U, "its so green out there after all that rain"),
            (C, "finally right the wash was running yesterday"),
            (C, "you want the receipt in the bag or with you"),
            (U, "bag is fine"),
            (C, "tell him get well from all of us"),
        ],
    ),
    (
        "q18",
        "green chile roaster stand",
        [],
        "NOT rushed_upsell: ristras mentioned early and the text list much later, far apart in an easy visit",
        [
            (U, "morning hows the chile looking this week"),
            (C, "real good the hatch came in yesterday nice and meaty this year"),
            (U, "ill take a bushel of the mild then"),
            (
                C,
                "you got it we also got fresh ristras hanging by the truck if you want one for the door",
            ),
            (U, "maybe later lets see"),
            (C, "so where you headed after this"),
            (U, "up to chimayo to see my comadre"),
            (C, "oh nice take the high road its beautiful right now"),
            (U, "yeah that was the plan"),
            (C, "okay your bushel is in the drum now", {"pause": 20}),
            (U, "mm that smell"),
            (
                C,
                "and if you ever want we got a text list that tells you when the big jims and the sandias come in",
                {"pause": 25},
            ),
            (U, "nah i just come by every saturday"),
            (C, "fair enough thatll be thirty dollars"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout202", HELDOUT202, 2021)
