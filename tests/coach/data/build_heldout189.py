# ruff: noqa: E501
"""Build the coach's held-out set 189: written by writer-189 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, New England speech with "ayuh", "wicked", "dooryard", "from
away", "numb", "down cellar", "chix"): counter staff along the Maine coast and in
Vermont: a lobster pound on a working wharf, a village general store, a hardware
store, a sugarhouse shop selling maple syrup, a pharmacy and a gas station on the
state road. The cashier often speaks twice in a row.

Mix: 4 gossip (a previous customer's snowmobile DUI, a selectman's affair, the
store owner's tax lien, the cashier's own husband's lobster-trap feud), 4
repeated_question (soft or hard shell, how many pounds with a "said that" reply,
which grade of syrup, whether they are from away), 3 rushed_upsell (rewards card,
fire department raffle, two-for-one, maple candy, mailing list fired back to
back) and 7 hard "not" cases: warm chat about the customer's own winter plans with
the pharmacist named for a work reason; a colleague praised as the plumbing
expert; the customer gossips about the selectman while the cashier deflects; an
order read back to confirm it; a "sorry" re-ask plus two pump questions of the
same shape; one tailored syrup recommendation with the routine bag and receipt
questions; two offers far apart in a relaxed pharmacy visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT189 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "gas station on the state road",
        ["gossip"],
        "cashier tells a stranger the previous customer was caught drunk on his snowmobile and lied to his wife",
        [
            (C, "mornin that be all for ya"),
            (U, "ayuh the coffee and twenty on pump three"),
            (C, "you catch the fella just went out with the orange sled on the trailer"),
            (U, "sorta"),
            (
                C,
                "thats ricky pelletier the warden pinched him saturday night drunk as a skunk on his snowmobile right across the lake",
            ),
            (
                C,
                "they say he blew twice the limit and couldnt stand up straight went right through the ice shacks near took one out",
            ),
            (U, "huh"),
            (
                C,
                "and he told his wife he lost his license over a speedin ticket numb as a hake that one shes gonna find out at town meetin",
            ),
            (U, "what do i owe ya"),
            (C, "twenty two twenty five"),
            (U, "heres twenty five"),
            (C, "two seventy five back"),
        ],
    ),
    (
        "q02",
        "village general store",
        ["gossip"],
        "cashier spreads a rumour that a selectman is having an affair with the town clerk",
        [
            (C, "hey there find everythin"),
            (U, "yup eggs a loaf of anadama and the paper"),
            (C, "you read about the transfer station vote in there"),
            (U, "saw the headline"),
            (C, "well between you and me that vote had nothin to do with the dump"),
            (
                C,
                "gary on the select board been steppin out with the town clerk all winter his truck sits in her dooryard every tuesday night while his wifes down at bingo",
            ),
            (U, "oh geez"),
            (C, "whole town knows it but her poor thing"),
            (U, "okay what do i owe"),
            (C, "eleven sixty"),
            (U, "there ya go"),
        ],
    ),
    (
        "q03",
        "hardware store",
        ["gossip"],
        "cashier overshares the owner's tax lien and casino trips to a customer buying screws",
        [
            (C, "find what you needed"),
            (U, "box of deck screws and a tube of caulk"),
            (C, "hang on the scanners slow this mornin"),
            (U, "no rush"),
            (C, "dont be surprised if this place changes hands by fall"),
            (
                C,
                "bob owes the state a pile in back taxes theres a lien on the building and he aint told his own kids",
            ),
            (U, "really"),
            (
                C,
                "saw the letter right on his desk and hes still runnin down to the casino in bangor every weekend",
            ),
            (U, "well okay"),
            (C, "twenty two forty seven"),
            (U, "card"),
            (C, "go ahead and tap it"),
        ],
    ),
    (
        "q04",
        "lobster pound on the wharf",
        ["gossip"],
        "cashier unloads her husband's trap-cutting feud with another lobsterman on a customer",
        [
            (C, "what can i do for ya hon"),
            (U, "four chix please and a pint of chowder"),
            (C, "four chix comin right up"),
            (C, "sorry if im off today my husbands in a war with the fella two coves over"),
            (U, "oh no"),
            (
                C,
                "dwayne swears hes been haulin our traps at night and cuttin the warps we lost near forty traps this month",
            ),
            (
                C,
                "last night dwayne went over and they were hollerin at each other on the float marine patrol had to come and now dwayne says hes gonna sink the guys boat i aint slept in two days",
            ),
            (U, "thats rough"),
            (C, "anyways thats fifty four even"),
            (U, "here you go"),
            (C, "thanks hon"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "lobster pound on the wharf",
        ["repeated_question"],
        "customer says hard shell; after chat about the boat the cashier asks again as new shells or hard",
        [
            (C, "hi there what can i get ya"),
            (U, "couple lobsters for supper"),
            (C, "you want soft shell or hard shell softs are cheaper this week"),
            (U, "hard shell please they travel better were drivin to portland after"),
            (C, "ayuh makes sense"),
            (C, "wicked nice day to be on the road"),
            (U, "beautiful out on the water too"),
            (C, "boat came in around noon so theyre good and lively"),
            (C, "now did you want the new shells or the hard ones"),
            (U, "the hard ones"),
            (C, "okay two hards at about a pound and a quarter thats thirty six fifty"),
        ],
    ),
    (
        "q06",
        "lobster pound on the wharf",
        ["repeated_question"],
        "customer asks for three pounds of steamers; after cooking talk the cashier asks the amount again and gets 'said that'",
        [
            (C, "afternoon whatll it be"),
            (U, "im gonna grab some steamers"),
            (C, "how many pounds you need"),
            (U, "three pounds should do it theres four of us"),
            (C, "good theyre nice and clean this week hardly any sand"),
            (U, "thats good my wife cant stand a gritty clam"),
            (C, "dont blame her you cook em in beer or just water"),
            (U, "little beer and an onion"),
            (C, "thats the way to do it"),
            (C, "okay and how much of them steamers did you want"),
            (U, "said that three pound"),
            (C, "right three pound comin up"),
        ],
    ),
    (
        "q07",
        "sugarhouse maple shop",
        ["repeated_question"],
        "customer names amber rich; after talk about the sugaring season the cashier asks lighter or darker",
        [
            (C, "welcome in want to try any samples"),
            (U, "no thanks i know what i want just a half gallon for home"),
            (C, "which grade golden amber rich dark robust or very dark"),
            (U, "amber rich thats what we always get for pancakes"),
            (C, "nice we bottled the last of this years batch yesterday"),
            (U, "how was the season for ya"),
            (C, "short sap ran about three weeks then it got wicked warm"),
            (U, "hope next years better"),
            (C, "me too"),
            (C, "so you wanted the lighter syrup or the darker stuff"),
            (U, "the amber rich like i said"),
            (C, "half gallon of amber rich thats thirty eight dollars"),
        ],
    ),
    (
        "q08",
        "village general store",
        ["repeated_question"],
        "customers say they live up the road; after sandwich chat the cashier asks where they are visiting from",
        [
            (C, "hi there that all today"),
            (U, "yup these two and the sandwiches"),
            (C, "you folks from away or local"),
            (U, "local we live up past the grange hall been there ten years now"),
            (C, "oh nice"),
            (U, "we come in for sandwiches every saturday"),
            (C, "italians are good today the rolls came in fresh this mornin"),
            (U, "smelled em when we walked in"),
            (C, "so where you folks visitin from"),
            (U, "were not visitin we live here"),
            (C, "oh right sorry sixteen fifty"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station on the state road",
        ["rushed_upsell"],
        "rewards card, fire department raffle and two-for-one whoopie pies fired back to back",
        [
            (C, "mornin"),
            (U, "forty on four and this gatorade"),
            (
                C,
                "you got our rewards card saves ya five cents a gallon takes a second to sign up",
                RR,
            ),
            (U, "no", R),
            (
                C,
                "want a ticket for the fire department raffle five bucks for a shot at a side by side",
                R,
            ),
            (U, "um", R),
            (C, "and whoopie pies are two for one today grab another", R),
            (U, "no im good", R),
            (C, "forty two fifty"),
            (U, "here"),
        ],
    ),
    (
        "q10",
        "sugarhouse maple shop",
        ["rushed_upsell"],
        "maple candy add-on, mailing list and a buy-five club card pushed at a quiet customer",
        [
            (C, "just the quart today"),
            (U, "ayuh"),
            (
                C,
                "want to add a box of the maple leaf candies theyre right there by the register",
                RR,
            ),
            (U, "no thanks", R),
            (C, "can i get your email for our mailin list we send out the open house dates", R),
            (U, "i", R),
            (
                C,
                "and we got a sugar makers club card buy five get one free want me to start you one",
                R,
            ),
            (U, "just the syrup", R),
            (C, "okay twenty four dollars"),
            (U, "cash"),
        ],
    ),
    (
        "q11",
        "hardware store",
        ["rushed_upsell"],
        "two-for-one ice melt, fire department raffle, mailing list and rewards card in one burst",
        [
            (C, "get the roof rake all set"),
            (U, "yup"),
            (C, "ice melt is two for one this week want a second bag", RR),
            (U, "no", R),
            (C, "were sellin tickets for the volunteer fire department raffle dollar a ticket", R),
            (C, "and you on our mailin list we send coupons out every month", R),
            (U, "nope", R),
            (C, "how bout a rewards card ten percent off after five visits", R),
            (U, "just ring me up please", R),
            (C, "fifty two nineteen"),
        ],
    ),
    # ------------------------------------------------------------ hard "not"
    (
        "q12",
        "pharmacy",
        [],
        "warm chat about the customer's own move south for the winter; the pharmacist is named only for a work reason",
        [
            (C, "hi there pickin up"),
            (U, "yes for marjorie dube"),
            (C, "and your date of birth"),
            (U, "april third nineteen fifty"),
            (C, "got it two today the lisinopril and the eye drops"),
            (
                U,
                "oh good im headed down to florida thursday for the winter so i needed em before i go",
            ),
            (C, "lucky you where abouts"),
            (U, "my son has a place in venice near the gulf"),
            (C, "oh thats wicked nice youll miss mud season altogether"),
            (
                C,
                "carol the pharmacist wants a quick word about the drops since theyll need to stay cool down there shell be right over",
            ),
            (U, "sure"),
            (C, "ten dollar copay total safe drive down"),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "a colleague is named and praised as the plumbing expert for the customer's leak; one relevant item suggested",
        [
            (C, "help ya find somethin"),
            (U, "got a leak down cellar by the pressure tank i think its the fitting"),
            (C, "oh you want roger hes our plumbing guy"),
            (C, "he knows them tanks inside and out wicked good with that stuff"),
            (U, "is he in today"),
            (C, "ayuh hes out back ill page him"),
            (U, "great"),
            (
                C,
                "meanwhile grab a roll of thread tape off that rack youll want it for the fitting anyhow",
            ),
            (U, "okay"),
            (C, "roger can you come up front got a gentleman with a pressure tank fitting"),
        ],
    ),
    (
        "q14",
        "village general store",
        [],
        "the customer gossips about the selectman's marriage while the cashier changes the subject and declines to join in",
        [
            (U, "mornin edna you hear about the selectman"),
            (C, "mornin what can i get ya"),
            (U, "large coffee and a molasses donut"),
            (
                U,
                "word is his wife found out about him and the clerk and threw his clothes out in the dooryard",
            ),
            (C, "oh i dont pay much mind to all that"),
            (U, "whole lawn was covered in flannel shirts"),
            (C, "cream and sugar in the coffee"),
            (U, "just cream"),
            (C, "there ya go three twenty five"),
            (U, "you musta heard somethin though"),
            (C, "not my business dear you stay warm out there"),
        ],
    ),
    (
        "q15",
        "lobster pound on the wharf",
        [],
        "the cashier reads the order back once to confirm it; no answered question is asked again",
        [
            (C, "hi what can i get for ya"),
            (U, "three hard shells about a pound and a half each and two pounds of mussels"),
            (C, "so thats three hards at pound and a half and two pound of mussels"),
            (U, "yup"),
            (C, "you want em cooked or live"),
            (U, "cooked please were eatin at the picnic tables"),
            (C, "good call its wicked nice out there"),
            (C, "cook takes about twenty minutes whats the name ill holler when theyre up"),
            (U, "pete"),
            (C, "okay pete seventy eight forty"),
            (U, "card"),
        ],
    ),
    (
        "q16",
        "gas station on the state road",
        [],
        "a re-ask after the customer says sorry, then two pump questions of the same shape about different vehicles",
        [
            (C, "mornin what pump"),
            (U, "sorry"),
            (C, "what pump you on"),
            (U, "number two the blue truck"),
            (C, "okay two and the coffee"),
            (U, "yeah and my buddys on six im gettin his too"),
            (C, "what did he put in on six"),
            (U, "should be about forty"),
            (C, "forty one eighteen on six and sixty two even on two plus the coffee"),
            (C, "want a receipt"),
            (U, "nope"),
            (C, "hundred five forty three"),
        ],
    ),
    (
        "q17",
        "sugarhouse maple shop",
        [],
        "one tailored recommendation answering the customer's own question, with the bag and receipt questions spread out",
        [
            (C, "hi there lookin for anythin in particular"),
            (U, "my wife wants syrup for her baked beans which one would you use"),
            (
                C,
                "for beans id go with the very dark its got more of a molasses kick and holds up to the long cook",
            ),
            (U, "huh never knew that okay a pint of that and a quart of amber rich for pancakes"),
            (C, "you drivin far"),
            (U, "just back to rutland"),
            (C, "not bad roads are finally clear"),
            (U, "yeah about time"),
            (C, "you want a bag for those or you all set"),
            (U, "bag please glass jugs make me nervous"),
            (C, "ill wrap em in paper too"),
            (C, "thats thirty one dollars"),
            (U, "card"),
            (C, "want the receipt in the bag"),
        ],
    ),
    (
        "q18",
        "pharmacy",
        [],
        "a flu shot mention early and a food pantry round-up at the end, far apart in a relaxed visit",
        [
            (C, "hi there hows it goin today"),
            (U, "oh not bad just gettin over a cold"),
            (
                C,
                "sorry to hear it were doin flu shots this week no appointment needed if you want one when youre better",
            ),
            (U, "maybe next week"),
            (U, "you got the honey lemon cough drops"),
            (C, "aisle three by the tissues"),
            (U, "found em and grabbed some tissues too", {"pause": 60.0}),
            (C, "oh good those are the soft ones"),
            (U, "my nose thanks you"),
            (C, "keep warm its supposed to go ten below tonight"),
            (U, "ugh dont remind me"),
            (
                C,
                "were collectin for the food pantry this month want to round up your change",
                {"pause": 4.0},
            ),
            (U, "sure round it up"),
            (C, "eleven dollars even feel better"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout189", HELDOUT189, 1891)
