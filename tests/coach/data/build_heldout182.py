# ruff: noqa: E501
"""Build the coach's held-out set 182: written by writer-182 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, Geordie and Mackem English such as howay, pet, hinny, whey aye,
canny, bairn, marra): counter staff in the North East of England at a Newcastle
bakery of the Greggs kind, a Sunderland bookmaker's counter, a Middlesbrough
chemist, a Durham corner shop, a Hartlepool chippy and a Gateshead DIY store. The
cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's benefit fiddle, the betting-shop manager's
affair with a punter, a colleague's shoplifting daughter, the cashier's own
husband's gambling), 4 repeated_question (how many stotties, already given in the
opening order; salt and vinegar; which horse; whether it is a gift), 3
rushed_upsell (odds boost, app and charity pin; meal deal, loyalty app, charity
pin and a two-for-one; lottery, scratchcard, meal deal and rewards app), and 7
hard "not" cases: warm chat about the customer's own decorating plus a colleague
named helpfully and praised; a customer who gossips about a neighbour while the
cashier deflects; an order read back to confirm it plus a "sorry" re-ask over
the fryer noise; a pharmacist's different questions of the same shape plus a
customer repeating her own question; one tailored recommendation with the bag and
receipt questions spread out; two offers far apart in a relaxed visit; a manager
named for a payout sign-off and praised, with chat about the customer's plans.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT182 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Newcastle bakery",
        ["gossip"],
        "cashier tells the next customer that the lad before him is on the sick while working cash in hand",
        [
            (C, "howay pet whats it to be the day"),
            (U, "two sausage rolls and a steak bake please"),
            (C, "whey aye"),
            (C, "did you clock that lad who was just in before you in the grey trackie"),
            (U, "not really no"),
            (C, "hes on the sick supposedly bad back cannot work and all that"),
            (
                C,
                "yet hes down the gym every morning and doing flagging jobs cash in hand up jesmond my cousin seen him with a wheelbarrow",
            ),
            (U, "right"),
            (C, "fiddling the social he is someone wants to ring the hotline on him"),
            (U, "how much do i owe you"),
            (C, "four pound ten hinny"),
            (U, "there you go ta"),
        ],
    ),
    (
        "q02",
        "Sunderland bookmaker's counter",
        ["gossip"],
        "cashier tells a punter the shop manager is having an affair with a regular punter behind his wife's back",
        [
            (C, "now then marra what you after"),
            (U, "tenner each way on the two forty at newcastle number four"),
            (C, "tenner each way so thats twenty all in"),
            (U, "aye"),
            (C, "here between me and you keep your eye on the boss when he comes out the back"),
            (
                C,
                "hes been carrying on with that blonde one who sits on the end stool every afternoon his wife hasnt a clue they were seen getting off with each other in the car park at the dogs",
            ),
            (U, "bloody hell"),
            (
                C,
                "and shes married an all her fella drinks in the kings arms it will all come out mark my words",
            ),
            (U, "just the slip please mate"),
            (C, "there you go good luck with it"),
        ],
    ),
    (
        "q03",
        "Durham corner shop",
        ["gossip"],
        "cashier overshares that a colleague's daughter was caught shoplifting and the colleague covers for her",
        [
            (U, "just the echo and a pint of milk pet"),
            (C, "hiya hinny aye no bother"),
            (C, "you know shirley who does the mornings in here"),
            (U, "the one with the glasses"),
            (
                C,
                "aye well her daughter got lifted in primark at the metro centre on saturday stuffed her bag full of tops",
            ),
            (
                C,
                "not the first time neither shirley makes out she knows nowt but that lass is always in new gear and she hasnt worked a day in her life",
            ),
            (U, "oh dear"),
            (C, "dont say i told you mind thats one pound ninety"),
            (U, "ta pet"),
        ],
    ),
    (
        "q04",
        "Hartlepool chippy",
        ["gossip"],
        "cashier pours out her own husband's gambling and money trouble to a customer waiting on fish",
        [
            (C, "next please what can i get you pet"),
            (U, "fish and chips twice and a bag of scraps"),
            (C, "right you are five minutes on the fish"),
            (U, "no bother ill wait"),
            (C, "sorry im all over the place the day hinny"),
            (
                C,
                "my fella blew the gas money on the horses again last night thats three times this month i found the slips stuffed down the back of the settee",
            ),
            (U, "oh no"),
            (
                C,
                "i swear if he goes near that bookies again im changing the locks we are behind on everything and he just keeps chasing it",
            ),
            (U, "sorry to hear that"),
            (C, "eleven pound eighty when youre ready pet"),
            (U, "card please"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Newcastle bakery",
        ["repeated_question"],
        "customer says three stotties in the opening order; after chat about the weather and tea the cashier asks how many again",
        [
            (U, "morning pet can i get three stotties and a tub of pease pudding"),
            (C, "morning hinny whey aye"),
            (U, "its bitter out there the day"),
            (C, "tell me about it that wind off the tyne would cut you in half"),
            (U, "doing ham and pease pudding for the bairns tea"),
            (C, "cannot beat it"),
            (C, "how many stotties was it you were after"),
            (U, "three like i said"),
            (C, "three lovely and the pease pudding"),
            (U, "aye"),
            (C, "four pound five pet"),
        ],
    ),
    (
        "q06",
        "Hartlepool chippy",
        ["repeated_question"],
        "salt and vinegar asked and answered, then asked again as seasoning after chat about the dog walk",
        [
            (C, "whats it to be pet"),
            (U, "haddock and chips and a mushy peas"),
            (C, "salt and vinegar on that"),
            (U, "aye plenty of both please"),
            (C, "you been down the headland the day its lovely out"),
            (U, "aye walked the dog right round the prom shes knackered"),
            (C, "aw bless her"),
            (C, "did you want it seasoned pet"),
            (U, "aye i said plenty salt and vinegar"),
            (C, "course sorry seven pound fifty then"),
        ],
    ),
    (
        "q07",
        "Sunderland bookmaker's counter",
        ["repeated_question"],
        "cashier asks which horse, hears it and its story, then asks which horse again",
        [
            (U, "fiver to win on the three thirty at redcar please"),
            (C, "which one you backing"),
            (U, "number seven bonny lass"),
            (C, "good name that"),
            (U, "named after my nana thats why i picked it"),
            (C, "ah thats canny was she from round here"),
            (U, "born in roker lived there her whole life"),
            (C, "lovely"),
            (C, "and what horse did you want on in the three thirty"),
            (U, "bonny lass number seven"),
            (C, "there you go fiver to win"),
        ],
    ),
    (
        "q08",
        "Middlesbrough chemist",
        ["repeated_question"],
        "cashier asks whether the gift set is a present, is told it is for the sister, and later asks if it is for herself",
        [
            (U, "can i get this gift set please the body spray one"),
            (C, "yeah course is it a present"),
            (U, "aye its for my sister her birthday is on sunday"),
            (C, "ah lovely how old is she"),
            (U, "thirty shes dreading it"),
            (C, "shell be fine thirty is nowt"),
            (C, "has she got anything planned"),
            (U, "meal out in yarm i think"),
            (C, "lovely"),
            (C, "are you buying it for someone or is it for yourself"),
            (U, "its for my sister like i said"),
            (C, "oh aye sorry nine pound ninety nine pet"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Sunderland bookmaker's counter",
        ["rushed_upsell"],
        "odds boost, app sign-up and a charity pin fired back to back while the punter mutters",
        [
            (U, "fiver on the three fifteen at catterick number six please"),
            (C, "no bother"),
            (
                C,
                "we have an odds boost on that race you can have it at eights instead of sixes if you put another fiver on",
                RR,
            ),
            (U, "no", R),
            (C, "have you got our app yet you get a free bet when you sign up just scan this", R),
            (U, "er", R),
            (C, "and would you buy a pin for the hospice its only a pound", R),
            (U, "just the fiver mate", R),
            (C, "right fiver on number six heres your slip"),
            (U, "ta"),
        ],
    ),
    (
        "q10",
        "Newcastle bakery",
        ["rushed_upsell"],
        "meal deal, loyalty app, charity pin and a two-for-one pushed at a customer who barely answers",
        [
            (C, "next please"),
            (U, "chicken bake and a coffee please"),
            (C, "if you add a doughnut that makes it the meal deal three pound ninety", RR),
            (U, "no", R),
            (C, "are you on our app every sixth hot drink is free just scan the code there", R),
            (U, "mm", R),
            (C, "would you like a pin badge for the childrens hospice only a pound", R),
            (C, "and the new sweet treats are two for one the day", R),
            (U, "just the bake and the coffee", R),
            (C, "two pound ninety five then"),
            (U, "ta"),
        ],
    ),
    (
        "q11",
        "Durham corner shop",
        ["rushed_upsell"],
        "lottery, scratchcard, meal deal and rewards app in one burst at a customer buying a paper and milk",
        [
            (U, "the chronicle and a pint of milk please"),
            (C, "do you want a lucky dip for tonight its a big rollover", RR),
            (U, "no ta", R),
            (C, "or a scratchcard we have the new fiver ones in", R),
            (U, "no", R),
            (C, "meal deal is on an all sandwich crisps and a drink for three pound", R),
            (C, "and get our rewards app you get points on everything you buy", R),
            (U, "just these", R),
            (C, "two pound ten"),
            (U, "ta"),
        ],
    ),
    # ---------------------------------------------------------- hard "not"s
    (
        "q12",
        "Gateshead DIY store",
        [],
        "warm chat about the customer's own decorating for her bairn; a colleague named for a free cutting service and praised",
        [
            (C, "hiya pet did you find everything"),
            (U, "aye mostly two tins of the dove grey and a couple of rollers"),
            (C, "doing a bit decorating"),
            (U, "the bairns bedroom shes eight and wants it all grey like her mates no more pink"),
            (C, "ah they grow up that fast shell love it"),
            (U, "hope so its her birthday next week so its a surprise"),
            (C, "canny present that"),
            (
                C,
                "if you need any shelf boards cutting to size our gary on the timber desk does it for nowt hes dead good with the saw",
            ),
            (U, "oh champion ill go and see him"),
            (C, "thirty four pound sixty altogether"),
            (U, "card please"),
            (C, "lovely there you go good luck with the painting"),
        ],
    ),
    (
        "q13",
        "Durham corner shop",
        [],
        "the customer gossips about a neighbour; the cashier refuses to join in and steers back to the sale",
        [
            (U, "milk and a loaf please pet"),
            (C, "hiya hinny"),
            (
                U,
                "here did you hear about her at number twelve the police were round again last night",
            ),
            (C, "couldnt tell you pet i keep myself to myself"),
            (U, "they reckon her lad has been dealing out the back lane"),
            (C, "i wouldnt know owt about that was it the semi skimmed you wanted"),
            (U, "aye the green top and she has a new fella every other week an all"),
            (C, "well thats her own business anything else for you"),
            (U, "no thats me"),
            (C, "two pound ten then"),
            (U, "ta pet"),
            (C, "mind how you go its slippy out"),
        ],
    ),
    (
        "q14",
        "Hartlepool chippy",
        [],
        "the order is read back once to confirm it; the seasoning question is repeated only because the customer says sorry over the fryer; eat in or take away is a different question",
        [
            (C, "hiya pet what can i get you"),
            (U, "cod and chips twice a battered sausage and a curry sauce please"),
            (C, "so thats two cod and chips a battered sausage and a curry sauce"),
            (U, "thats it"),
            (C, "salt and vinegar on all of it"),
            (U, "sorry the fryers that loud i didnt catch you"),
            (C, "salt and vinegar on everything pet"),
            (U, "oh aye go on but not on the sausage"),
            (C, "no bother is that eating in or taking away"),
            (U, "taking away"),
            (C, "twelve pound forty then hinny"),
            (U, "there you go"),
        ],
    ),
    (
        "q15",
        "Middlesbrough chemist",
        [],
        "pharmacy questions of the same shape about age, other medicines, allergies and past use; the customer re-asks her own drowsiness question",
        [
            (U, "have you got anything for hayfever for my lad"),
            (C, "course how old is he"),
            (U, "eleven"),
            (C, "and is he on any other medicine at the minute"),
            (U, "no nothing"),
            (C, "does he have any allergies to anything else"),
            (U, "just the pollen"),
            (C, "has he taken a hayfever tablet before"),
            (U, "no first time will it make him sleepy"),
            (C, "this one is non drowsy so he should be fine for school"),
            (U, "so it wont knock him out like"),
            (C, "no it shouldnt pet just one a day with water"),
            (U, "champion ill take it"),
            (C, "four pound forty nine"),
        ],
    ),
    (
        "q16",
        "Gateshead DIY store",
        [],
        "one recommendation tailored to the customer's flaking render; the bag and receipt questions come later in a relaxed visit",
        [
            (C, "now then pet"),
            (U, "just this masonry paint the white one"),
            (C, "doing the front of the house"),
            (U, "aye the render is all flaky by the door its a right mess"),
            (
                C,
                "if its flaking youll want a coat of the stabilising solution first or the paint will just peel off again",
            ),
            (U, "oh i didnt know that go on then ill take one"),
            (C, "good stuff youll get a canny finish with that"),
            (U, "hope so the one next door came out lovely"),
            (C, "do you want a bag for them theyre heavy mind", {"pause": 3.0}),
            (U, "no im parked just outside"),
            (C, "forty two pound fifty then"),
            (U, "card"),
            (C, "do you want your receipt pet", {"pause": 4.0}),
            (U, "aye go on in case i need to bring it back"),
        ],
    ),
    (
        "q17",
        "Newcastle bakery",
        [],
        "a doughnut offered at the start and the app mentioned much later, with warm chat about the customer's good news in between",
        [
            (C, "morning hinny what can i get you"),
            (U, "a cheese and onion pasty and a cup of tea please"),
            (C, "we have the new jam doughnuts in the day if you fancy trying one"),
            (U, "go on then ill have one for later"),
            (C, "lovely"),
            (U, "its quiet in here the day", {"pause": 3.0}),
            (C, "aye always like this after the school run calm before the dinner rush"),
            (U, "ive just come from the hospital all good news though"),
            (C, "aw im made up for you pet thats the main thing"),
            (U, "thanks ive been worried sick all week"),
            (C, "well you treat yourself the day you deserve it"),
            (
                C,
                "oh while i think on if you get the app that tea would be free next time",
                {"pause": 5.0},
            ),
            (U, "ill have a look when im home"),
            (C, "three pound seventy five pet"),
        ],
    ),
    (
        "q18",
        "Sunderland bookmaker's counter",
        [],
        "the manager is named only to sign off a big payout and praised; warm chat about the customer's own holiday plans",
        [
            (U, "got a winner here pet off saturdays acca"),
            (C, "ooh lets have a look"),
            (C, "bloody hell six hundred and twelve pound youve done well there"),
            (U, "first time in years i couldnt believe it"),
            (
                C,
                "anything over five hundred i need the manager to sign off so ill just give dawn a shout from the back",
            ),
            (U, "no rush"),
            (C, "shes dead quick mind best manager we have had in here she sorts everything"),
            (C, "what you going to do with it then"),
            (U, "taking the bairns to butlins at skegness in the summer holidays"),
            (C, "ah whey aye theyll love that"),
            (C, "right dawn has okayed it do you want it in cash or on your card", {"pause": 6.0}),
            (U, "cash please"),
            (C, "there you go count it with me pet and enjoy butlins"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout182", HELDOUT182, 1821)
