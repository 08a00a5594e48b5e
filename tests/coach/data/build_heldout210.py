# ruff: noqa: E501
"""Build the coach's held-out set 210: written by writer-210 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, Tasmanian Australian English): a Hobart fish punt on the
waterfront, a Launceston pharmacy, a Salamanca market stall (huon pine and
honey), a bottle shop, a Midland Highway roadhouse and a suburban bakery. The
cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's drink-driving crash, the owner underpaying
the backpackers, a colleague's fling with a ferry deckhand, the cashier's own
sister's custody fight), 4 repeated_question (scallop or curry pie, how many
fillets, which pinot with a "same as before" answer, whether they are off to the
mainland), 3 rushed_upsell (pie-and-drink deal, loyalty card, raffle, round-up
donation and newsletter pushed back to back), and 7 hard "not" cases (warm chat
about the customer's own trip; a colleague named for a work reason and praised;
the customer gossips while the cashier deflects; an order read back to confirm
it; a "sorry" re-ask plus different questions of the same shape; one tailored
recommendation with the routine bag and receipt questions; two offers far apart
in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT210 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "roadhouse",
        ["gossip"],
        "cashier tells a customer that the previous driver rolled his ute drunk, lost his licence and is back on the grog",
        [
            (C, "morning mate just the diesel on pump three"),
            (U, "yep and a coffee thanks"),
            (C, "no worries flat white"),
            (U, "long black cheers"),
            (C, "you see that bloke in the white ute that just pulled out"),
            (
                C,
                "thats the fella who rolled his hilux off the lake highway last winter absolutely blind he was",
            ),
            (U, "oh yeah"),
            (
                C,
                "blew way over the limit lost his licence and hes still driving round like nothing happened his missus reckons hes back on the grog too",
            ),
            (U, "right"),
            (C, "eighty seven forty all up"),
            (U, "tap thanks"),
        ],
    ),
    (
        "q02",
        "Hobart fish punt",
        ["gossip"],
        "cashier tells a customer the owner pays the backpackers cash under award and no payslips",
        [
            (C, "gday what can i get ya"),
            (U, "fish and chips twice please flathead if youve got it"),
            (C, "flathead yep salt on the chips"),
            (U, "yeah go on"),
            (
                C,
                "you wouldnt believe it but the owner pays the backpackers out the back about twelve bucks an hour cash in hand",
            ),
            (
                C,
                "the french girls on the fryer havent seen a payslip since october and he tells em thats the island rate",
            ),
            (U, "geez"),
            (C, "and hes off to noosa next week on holidays on their wages"),
            (U, "um okay"),
            (C, "thatll be thirty four dollars"),
        ],
    ),
    (
        "q03",
        "bakery",
        ["gossip"],
        "cashier tells a customer a colleague is secretly seeing a ferry deckhand behind her fiance's back",
        [
            (U, "can i grab a vanilla slice and a loaf of the sourdough"),
            (C, "sure thing want it sliced"),
            (U, "nah leave it whole"),
            (C, "you know kayla who does the early shift here"),
            (U, "the one with the red hair"),
            (
                C,
                "thats her well shes been sneaking off with one of the deckhands off the bruny ferry",
            ),
            (
                C,
                "and shes engaged to a bloke up in devonport poor thing has no idea she stays down kettering way every weekend",
            ),
            (U, "oh gosh"),
            (C, "eleven fifty thanks love"),
            (U, "card please"),
        ],
    ),
    (
        "q04",
        "Launceston pharmacy",
        ["gossip"],
        "cashier overshares her sister's custody fight, the ex's new girlfriend and the family falling out",
        [
            (C, "hi there are you picking up"),
            (U, "yeah for dianne morrison"),
            (C, "just a sec here we go two items"),
            (U, "thanks"),
            (
                C,
                "sorry im all over the place today my sisters back in the family court over the kids",
            ),
            (
                C,
                "her ex has got a new girlfriend and hes going for full custody says shes an unfit mum because of her drinking which is rubbish well mostly",
            ),
            (U, "oh thats rough"),
            (
                C,
                "we were up till two in the morning crying about it and mum wont even speak to her now",
            ),
            (U, "right"),
            (C, "that comes to twenty one sixty"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "bakery",
        ["repeated_question"],
        "cashier asks scallop or curry, gets scallop, chats about the holiday, then asks again which pie it was",
        [
            (C, "morning what can i do for ya"),
            (U, "one pie thanks"),
            (C, "scallop or curry"),
            (U, "scallop thanks cant come to tassie and not have one"),
            (C, "too right where you visiting from"),
            (U, "brisbane here for the week with the wife"),
            (C, "lovely youve got decent weather for it heaps warmer than last week"),
            (U, "yeah we lucked out"),
            (C, "so was it the curry one you were after or the scallop"),
            (U, "scallop"),
            (C, "beaut nine dollars"),
        ],
    ),
    (
        "q06",
        "Hobart fish punt",
        ["repeated_question"],
        "customer says four fillets; after barbecue small talk the cashier asks how many pieces again",
        [
            (U, "can i get some of the trevalla fillets to take home"),
            (C, "yep how many you after"),
            (U, "four thanks theres four of us"),
            (C, "nice you cooking tonight"),
            (U, "yeah on the barbie down at sandy bay"),
            (C, "cant beat it on an arvo like this"),
            (C, "now how many pieces did you want there"),
            (U, "four"),
            (C, "no worries forty eight dollars"),
        ],
    ),
    (
        "q07",
        "bottle shop",
        ["repeated_question"],
        "customer picks the holm oak pinot; after the beer the cashier asks which pinot again and gets 'same as before'",
        [
            (C, "hey there"),
            (U, "after a pinot for a dinner party tonight"),
            (C, "weve got the josef chromy or the holm oak both tamar valley"),
            (U, "ill go the holm oak"),
            (C, "good choice"),
            (U, "need some beer as well for my brother in law"),
            (C, "boags or cascade"),
            (U, "cascade premium a six pack"),
            (C, "grab it out of the fridge there"),
            (C, "so which of the pinots were you keen on"),
            (U, "same as before the holm oak"),
            (C, "righto sixty two all up"),
        ],
    ),
    (
        "q08",
        "Salamanca market stall",
        ["repeated_question"],
        "customer says they fly back to adelaide tomorrow; the cashier later asks again whether they are crossing the strait",
        [
            (C, "morning these are all local huon pine"),
            (U, "theyre gorgeous how much for the little bowl"),
            (C, "forty five"),
            (C, "you heading back to the mainland or are you local"),
            (U, "were flying back to adelaide tomorrow"),
            (C, "oh nice so itll need to fit in your bag"),
            (U, "yeah carry on only"),
            (C, "ill wrap it up in some newspaper for you"),
            (C, "so are you off over the strait soon or here a while yet"),
            (U, "um tomorrow like i said"),
            (C, "righto forty five thanks"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "roadhouse",
        ["rushed_upsell"],
        "pie-and-drink deal, rewards card sign-up and a round-up donation fired off while the customer says nah",
        [
            (C, "gday just the fuel"),
            (U, "yeah pump six"),
            (C, "want to make that a pie and a drink deal only eight fifty", RR),
            (U, "nah", R),
            (C, "got our road rewards card you get points on fuel", R),
            (C, "takes a sec to sign up just need your mobile", R),
            (U, "no thanks", R),
            (C, "and do you wanna round up for the rescue chopper", R),
            (U, "mm", R),
            (C, "seventy two ten then"),
        ],
    ),
    (
        "q10",
        "bakery",
        ["rushed_upsell"],
        "footy club raffle, coffee card and newsletter email pushed back to back on a customer buying bread",
        [
            (C, "morning love"),
            (U, "just a loaf of the white and two finger buns"),
            (C, "no worries"),
            (C, "buy a raffle ticket for the footy club two bucks win a meat tray", RR),
            (U, "uh", R),
            (C, "and have you got one of our coffee cards tenth ones free", R),
            (U, "no", R),
            (
                C,
                "want me to pop your email down for the newsletter we send the specials out every friday",
                R,
            ),
            (U, "its fine", R),
            (C, "twelve forty"),
            (U, "ta"),
        ],
    ),
    (
        "q11",
        "bottle shop",
        ["rushed_upsell"],
        "rewards club, surf club raffle, round-up and newsletter rattled off at a customer who only wants a slab",
        [
            (U, "just the slab of boags thanks"),
            (C, "are you a member of our rewards club", RR),
            (U, "no", R),
            (C, "free to join double points this week", R),
            (C, "and we got the surf life saving raffle tickets are five", R),
            (U, "nah", R),
            (C, "round up to the nearest dollar for kids cancer", R),
            (C, "and the newsletter youll get the weekly specials", R),
            (U, "just the beer mate", R),
            (C, "fifty nine ninety nine"),
        ],
    ),
    # ------------------------------------------------------ hard not cases
    (
        "q12",
        "Launceston pharmacy",
        [],
        "not gossip: warm chat about the customer's own trip to cradle mountain with the grandkids",
        [
            (C, "hi there what can i do for you today"),
            (U, "just this sunscreen and the hay fever tablets"),
            (C, "off somewhere nice"),
            (
                U,
                "taking the grandkids up to cradle mountain for the weekend theyre down from melbourne",
            ),
            (C, "oh youll have the best time did you get a cabin"),
            (U, "yeah one of the ones near the waldheim end"),
            (
                C,
                "the little ones will love the wombats theres heaps of them round dove lake at dusk",
            ),
            (C, "pack some layers mind it can snow up there even this time of year"),
            (U, "ha my daughter said the same"),
            (C, "thats thirty eight ninety five enjoy it"),
        ],
    ),
    (
        "q13",
        "bottle shop",
        [],
        "not gossip: a colleague is called over for his whisky knowledge and praised for his work",
        [
            (U, "im after something for my dads seventieth he likes a whisky"),
            (C, "oh our whisky man is tom hes on till four"),
            (C, "tom can you come give us a hand out the front"),
            (U, "thanks"),
            (C, "honestly hes brilliant knows every tassie distillery and what casks they use"),
            (U, "perfect thats what i need"),
            (C, "he ran the lark tasting last month and people are still asking about it"),
            (U, "ill have a chat with him then"),
            (C, "no worries hell look after you"),
        ],
    ),
    (
        "q14",
        "roadhouse",
        [],
        "not gossip: the customer gossips about a caravan park neighbour and the cashier declines and returns to the sale",
        [
            (U, "you heard about the mob down at the caravan park"),
            (C, "cant say i have"),
            (
                U,
                "the bloke from site nine got done by the cops again and his wifes left him and took the dog",
            ),
            (C, "ah not really my business mate"),
            (C, "just the unleaded was it"),
            (
                U,
                "yeah and a sausage roll and they reckon hes been growing something in the shed too",
            ),
            (C, "couldnt tell you sausage roll hot or cold"),
            (U, "hot"),
            (C, "sixty one twenty"),
            (U, "cheers"),
        ],
    ),
    (
        "q15",
        "Hobart fish punt",
        [],
        "not a repeat: the cashier reads the whole order back once to confirm it before taking payment",
        [
            (C, "yes mate"),
            (U, "a dozen natural oysters two flathead and chips and a scallop pot"),
            (C, "easy eating here or taking it away"),
            (U, "well sit on the wharf"),
            (U, "oh and a lemon lime and bitters"),
            (C, "sure thing"),
            (
                C,
                "so thats a dozen natural two flathead and chips one scallop pot and a lemon lime and bitters yeah",
            ),
            (U, "yep thats the lot"),
            (C, "fifty four fifty and heres your buzzer"),
            (U, "how long do you reckon"),
            (C, "about ten minutes the gulls will find you first"),
        ],
    ),
    (
        "q16",
        "Salamanca market stall",
        [],
        "not a repeat: a 'sorry' re-ask of cash or card, and creamed/runny then big/small are different questions of the same shape",
        [
            (C, "hi there the honey is all from the tasman peninsula"),
            (U, "lovely ill grab a jar of the leatherwood"),
            (C, "creamed or runny"),
            (U, "runny"),
            (C, "big jar or small"),
            (U, "big one"),
            (C, "paying cash or card"),
            (U, "sorry"),
            (C, "cash or card love"),
            (U, "oh card"),
            (C, "big jar of the runny leatherwood then thats twenty two"),
        ],
    ),
    (
        "q17",
        "bakery",
        [],
        "not rushed: one tailored suggestion for a gluten-free mum, then the usual bag and receipt questions spread out",
        [
            (C, "morning"),
            (U, "morning just two scallop pies please"),
            (C, "coming up"),
            (U, "oh and i need something sweet for my mum shes gluten free"),
            (
                C,
                "the flourless orange cake is lovely no wheat in it at all and it keeps a few days",
            ),
            (U, "sounds good ill take two slices"),
            (C, "no worries"),
            (C, "want a bag for those"),
            (U, "yes please"),
            (C, "twenty six dollars"),
            (U, "card"),
            (C, "you need the receipt"),
            (U, "nah thanks"),
            (C, "have a good one"),
        ],
    ),
    (
        "q18",
        "Launceston pharmacy",
        [],
        "not rushed: a flu shot mention at drop-off and a rewards card mention at pick-up a long relaxed wait apart",
        [
            (C, "hi how are we today"),
            (U, "good thanks just dropping a script in"),
            (C, "lovely itll be about fifteen minutes"),
            (
                C,
                "while youre here were doing flu shots this week if youre keen no appointment needed",
            ),
            (U, "oh maybe next week i think"),
            (C, "no worries"),
            (U, "ill have a wander up brisbane street and come back"),
            (C, "here we go mrs taylor your script is ready", {"pause": 600.0}),
            (U, "thanks"),
            (C, "just take it with food and finish the whole course"),
            (U, "will do"),
            (
                C,
                "and if youve not got one of our rewards cards you can pick one up any time you get points on scripts",
            ),
            (U, "ill think about it thanks"),
            (C, "twelve thirty then"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout210", HELDOUT210, 2101)
