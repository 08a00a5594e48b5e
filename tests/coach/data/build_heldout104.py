# ruff: noqa: E501
"""Build the coach's held-out set 104: written BLIND by writer-104, before and without reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format).

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words): cinema, theatre and museum-shop counters and
ticket desks in the UK, Ireland and Canada: a Bristol arthouse cinema, a Dublin
theatre box office, a Toronto science-museum shop, a York multiplex, a Halifax
playhouse bar and a Galway gallery shop.

Mix (aimed at precision: a false nudge costs more than a miss), 18 conversations:
  4 gossip             usher's fling with the projectionist, a regular who sneaks
                       his own drink in, the manager's gambling debts, the
                       cashier's own eviction.
  4 repeated_question  which performance, first visit, seats together, which
                       showing; each asked again in other words after a clear answer.
  3 rushed_upsell      popcorn combo / membership / drinks voucher / newsletter,
                       programme / restoration-fund donation / newsletter / drinks
                       voucher, membership / donation / newsletter / warranty.
  7 unlabelled hard near-misses: warm chat about the customer's family and the
                       cashier's harmless day; a colleague praised in a product
                       context and the manager named only for a rule; a customer
                       who gossips while the cashier deflects; an order read back;
                       a "sorry" re-ask plus different questions of the same shape;
                       one tailored recommendation with bag and receipt questions;
                       two offers far apart in a relaxed chatty visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT104 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Bristol arthouse cinema bar and ticket desk",
        ["gossip"],
        "cashier points out an usher and tells the customer about her fling with the projectionist, who is now engaged to someone else",
        [
            (C, "hiya what are you here to see tonight"),
            (U, "two for the french film at seven please"),
            (C, "seven oclock lovely thats screen one anything from the bar"),
            (U, "just two glasses of the house red"),
            (C, "coming up here you see that usher by the door with the torch"),
            (U, "the one with the red hair"),
            (
                C,
                "yeah her shes been carrying on with our projectionist for months and hes only gone and got engaged to someone else last week",
            ),
            (U, "oh dear"),
            (
                C,
                "honestly they were up in the booth together all through the last showing of casablanca everyone here knows about it",
            ),
            (U, "right okay how much do i owe you"),
            (C, "twenty six pounds forty altogether"),
            (U, "there you go"),
        ],
    ),
    (
        "q02",
        "Halifax playhouse bar",
        ["gossip"],
        "bartender slanders a regular patron: sneaks rum in a flask, gets drunk, cheapskate nickname behind his back",
        [
            (C, "hi there what can i get you before the curtain"),
            (U, "a glass of the nova scotia white and a ginger ale please"),
            (C, "sure thing see the old fella in the tweed cap over by the poster"),
            (U, "i guess so yeah"),
            (
                C,
                "he comes every single week and never buys a thing at the bar he sneaks his own rum in with a flask in his coat pocket",
            ),
            (U, "huh"),
            (
                C,
                "then he gets loaded and snores through the whole second act we call him captain cheapskate behind his back",
            ),
            (U, "okay um how much is that"),
            (C, "fourteen fifty"),
            (U, "here you go keep the change"),
            (C, "thanks enjoy the show"),
        ],
    ),
    (
        "q03",
        "York multiplex ticket desk",
        ["gossip"],
        "cashier tells a customer the manager has gambling debts his wife does not know about and had bailiffs round",
        [
            (C, "next please what can i get you"),
            (U, "one adult for the batman at half seven"),
            (C, "any seat preference"),
            (U, "somewhere near the back on the aisle if you can"),
            (C, "row n seat one thats nine ninety nine card is it"),
            (U, "yeah card"),
            (
                C,
                "this machine is slow again cant even get a new card reader out of him",
                {"pause": 3.0},
            ),
            (U, "out of who"),
            (
                C,
                "our manager hes skint hes in debt up to his eyeballs from online poker lost thousands apparently and his wife doesnt even know",
            ),
            (U, "oh right"),
            (C, "yeah he had bailiffs round last month anyway thats gone through now"),
            (U, "cheers"),
        ],
    ),
    (
        "q04",
        "Galway gallery shop",
        ["gossip"],
        "cashier overshares her own private drama: eviction notice, nowhere to go with the kids, the ex behind on maintenance",
        [
            (C, "hello there just the prints is it"),
            (U, "yes these two connemara ones and a card"),
            (C, "lovely choice sorry if im a bit all over the place today"),
            (U, "not at all"),
            (
                C,
                "i got an eviction notice this morning the landlord is selling up and wants us out in four weeks and ive nowhere to go with the two kids",
            ),
            (U, "oh god thats awful"),
            (
                C,
                "ill probably end up on my sisters couch and the ex wont help at all hes months behind on the maintenance as usual",
            ),
            (U, "im sorry to hear that"),
            (C, "anyway sorry thats forty two euro altogether"),
            (U, "card please"),
            (C, "grand there you go"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Dublin theatre box office",
        ["repeated_question"],
        "asks matinee or evening, customer clearly says tonight half seven, later asks afternoon or evening again",
        [
            (C, "hiya what can i do for you"),
            (U, "id like to collect two tickets for the playboy of the western world"),
            (C, "grand is that for the matinee or tonights show"),
            (U, "tonights show the half seven one"),
            (C, "and whats the name on the booking"),
            (U, "its under kavanagh"),
            (C, "kavanagh yep found you row h seats twelve and thirteen", {"pause": 2.5}),
            (U, "lovely"),
            (C, "now were you coming to the afternoon performance or the evening"),
            (U, "the evening i said tonight"),
            (C, "right sorry yes here they are then doors open at seven"),
        ],
    ),
    (
        "q06",
        "Toronto science museum shop",
        ["repeated_question"],
        "asks if it is the first visit, customer says yes first time, later asks whether they have been before",
        [
            (C, "hi there is this your first time visiting us"),
            (U, "yeah first time were visiting from winnipeg"),
            (C, "oh awesome how are you finding it"),
            (U, "the kids loved the space gallery"),
            (C, "thats great so what have you got there"),
            (U, "just the glow in the dark star stickers and the rock kit"),
            (C, "perfect the rock kit is a nice one so have you been to the museum before"),
            (U, "no like i said its our first time"),
            (C, "oh right sorry that comes to thirty four ninety five with tax"),
            (U, "card please"),
            (C, "tap whenever youre ready"),
        ],
    ),
    (
        "q07",
        "York multiplex ticket desk",
        ["repeated_question"],
        "asks if the family need to sit together, customer says yes all four next to each other, later asks side by side or split up",
        [
            (C, "hiya what are you seeing"),
            (U, "four for the pixar film at ten past four two adults and two kids"),
            (C, "no problem do you need to be sat all together"),
            (U, "yes please all four next to each other"),
            (C, "let me see its quite busy ive got row e or row k"),
            (U, "row e is fine"),
            (C, "and do you want the seats side by side or are you alright split up"),
            (U, "together like i said weve got a five year old"),
            (C, "course sorry row e seats seven to ten then thats thirty one pounds twenty"),
            (U, "contactless"),
            (C, "lovely enjoy the film"),
        ],
    ),
    (
        "q08",
        "Bristol arthouse cinema ticket desk",
        ["repeated_question"],
        "customer names the eight forty showing of ran, cashier later asks which screening again",
        [
            (C, "evening what can i get you"),
            (U, "one for the kurosawa season please the eight forty showing of ran"),
            (C, "eight forty lovely are you a member with us"),
            (U, "no not a member"),
            (C, "no worries full price is eleven fifty cash or card"),
            (U, "card"),
            (C, "lovely and which screening was it you wanted tonight", {"pause": 2.0}),
            (U, "the eight forty ran"),
            (C, "ah yes sorry ticket is printing now its screen two upstairs"),
            (U, "thanks"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "York multiplex ticket desk",
        ["rushed_upsell"],
        "popcorn combo, membership, drinks voucher deal and newsletter email fired back to back with one word answers",
        [
            (U, "two for the eight oclock dune please"),
            (
                C,
                "two adults thats twenty two pounds do you want to make it a large popcorn combo for eight pounds more",
                RR,
            ),
            (U, "no thanks", R),
            (C, "have you got our unlimited membership you wouldve saved on these today", R),
            (U, "no", R),
            (C, "we have a drinks voucher deal too buy five get the sixth free", R),
            (U, "im alright", R),
            (C, "and can i grab your email for the newsletter", R),
            (U, "just the tickets please"),
            (C, "sure card is it"),
            (U, "yep"),
        ],
    ),
    (
        "q10",
        "Dublin theatre box office",
        ["rushed_upsell"],
        "programme, restoration fund donation, newsletter sign-up and interval drinks voucher in one burst",
        [
            (C, "hi there collecting or buying"),
            (U, "buying one for tonight in the stalls if theres any left"),
            (C, "theres one in row f at thirty five euro"),
            (U, "perfect ill take it"),
            (C, "would you like a programme with that theyre eight euro", RR),
            (U, "no", R),
            (C, "and would you add a donation to the restoration fund for the ceiling", R),
            (U, "um not tonight", R),
            (C, "can i sign you up to the newsletter for priority booking", R),
            (U, "no thanks", R),
            (C, "and an interval drinks voucher so you skip the queue", R),
            (U, "honestly just the ticket"),
            (C, "no problem pop your card in there"),
        ],
    ),
    (
        "q11",
        "Toronto science museum shop",
        ["rushed_upsell"],
        "membership upgrade, donation, newsletter email and extended warranty one after another",
        [
            (U, "just this telescope kit please"),
            (
                C,
                "great did you want to upgrade to an annual membership today you get ten percent off in here",
                RR,
            ),
            (U, "uh no", R),
            (C, "would you like to add a two dollar donation for school programs", R),
            (U, "no thanks", R),
            (C, "can i get your email for our newsletter", R),
            (U, "nope", R),
            (C, "and do you want the extended warranty on the telescope its fifteen dollars", R),
            (U, "no just the kit please"),
            (C, "okay thats fifty six fifty with tax"),
            (U, "tap"),
        ],
    ),
    # ------------------------------------------------ unlabelled near-misses
    (
        "q12",
        "Galway gallery shop",
        [],
        "NOT gossip: warm chat about the customer's mother's seventieth and the family dinner plans, cashier mentions her own pleasant morning",
        [
            (C, "hiya youre very welcome did you enjoy the exhibition"),
            (U, "we did its gorgeous were up from cork for my mams seventieth"),
            (C, "ah happy birthday to her is she here with you"),
            (U, "she is shes just outside with my sister looking at the bay"),
            (
                C,
                "lovely its a great day for it ive been in since nine and the light through the windows has been beautiful all morning",
            ),
            (U, "its stunning were taking her to dinner in the latin quarter later"),
            (C, "ah shell love that are you getting the print for her"),
            (U, "yeah this one of the aran islands she used to go out there as a girl"),
            (C, "thats a perfect present ill wrap it nicely for you thats thirty five euro"),
            (U, "card please"),
            (C, "there you go and tell her happy birthday from us"),
        ],
    ),
    (
        "q13",
        "Toronto science museum shop",
        [],
        "NOT gossip: colleague praised for picking the kits in a helpful product context; the manager named only for the returns rule",
        [
            (
                U,
                "hi my son wants a chemistry set but i dont know which one is right for an eight year old",
            ),
            (
                C,
                "good question my colleague priya runs the workshops in the lab upstairs and she picked these two out shes brilliant with this stuff",
            ),
            (U, "oh nice which would she go for"),
            (
                C,
                "she always says the crystal growing one for that age its safer and the results are really cool",
            ),
            (U, "okay well take that one then"),
            (
                C,
                "great choice just so you know my manager asks us to remind everyone theres no returns on opened science kits",
            ),
            (U, "thats fine"),
            (C, "that comes to thirty nine ninety five with tax"),
            (U, "debit please"),
            (C, "all set and priya does a crystal demo at two if he wants to see one"),
        ],
    ),
    (
        "q14",
        "Halifax playhouse bar",
        [],
        "NOT gossip: the customer gossips about the lead actress and the director while the bartender politely deflects and does not join in",
        [
            (U, "two glasses of the prosecco please"),
            (C, "sure coming right up"),
            (
                U,
                "did you hear about the lead actress and the director apparently she left her husband for him",
            ),
            (C, "oh i wouldnt know anything about that sorry"),
            (
                U,
                "everybodys saying it my friend saw them kissing outside the liquor store on quinpool road",
            ),
            (C, "ha well i just pour the drinks that will be eighteen dollars"),
            (U, "and her husband runs the fish market its so awkward"),
            (C, "i really couldnt say would you like these now or held for the intermission"),
            (U, "now please"),
            (C, "here you go enjoy the show"),
        ],
    ),
    (
        "q15",
        "York multiplex concession stand",
        [],
        "NOT repeat: the cashier reads the order back once to confirm it; the ice question is new",
        [
            (C, "hiya what can i get you"),
            (U, "a medium salted popcorn a large sweet one two fantas and a bottle of water"),
            (
                C,
                "okay so thats one medium salted one large sweet two fantas and a water is that right",
            ),
            (U, "yes thats it"),
            (C, "lovely did you want ice in the fantas"),
            (U, "no ice please"),
            (C, "no problem thats nineteen pounds forty"),
            (U, "contactless"),
            (C, "thats gone through screen six is up the stairs on the left"),
            (U, "cheers"),
        ],
    ),
    (
        "q16",
        "Dublin theatre box office",
        [],
        "NOT repeat: re-ask after the customer says sorry, then different which-questions (date, time, how many, stalls or circle)",
        [
            (C, "hello what show are you booking for"),
            (U, "sorry"),
            (C, "which show are you booking for"),
            (U, "oh the christmas panto please"),
            (C, "grand and which date were you thinking"),
            (U, "saturday the fourteenth"),
            (C, "and which time the two oclock or the seven"),
            (U, "two oclock for the kids"),
            (C, "how many tickets will you need"),
            (U, "two adults and three children"),
            (C, "and would you like to be in the stalls or the circle"),
            (U, "stalls please"),
            (C, "that comes to one hundred and twelve euro"),
        ],
    ),
    (
        "q17",
        "Bristol arthouse cinema shop",
        [],
        "NOT rushed: one tailored recommendation (a truffaut screening for a truffaut fan) plus the usual bag/tube and receipt questions in a relaxed visit",
        [
            (U, "hi could i get this poster for the french new wave season"),
            (C, "of course are you a big godard fan then"),
            (U, "more truffaut really i love the four hundred blows"),
            (
                C,
                "oh in that case were showing jules and jim on sunday afternoon if you havent seen it on the big screen its gorgeous",
            ),
            (U, "ooh i havent ill have a look"),
            (C, "brilliant thats fifteen pounds for the poster"),
            (U, "card please"),
            (C, "do you want a bag or a tube for it so it doesnt crease", {"pause": 3.0}),
            (U, "a tube would be great"),
            (C, "there you go do you want the receipt"),
            (U, "no im fine thanks"),
            (C, "enjoy sunday if you make it"),
        ],
    ),
    (
        "q18",
        "Galway gallery shop",
        [],
        "NOT rushed: only two offers (friends of the gallery card, matching mug) far apart in a relaxed chatty visit with a long pause while wrapping",
        [
            (U, "hi these ceramics are beautiful are they local"),
            (
                C,
                "they are theyre all by a potter out in spiddal she fires them in a kiln in her back garden",
            ),
            (U, "amazing ill take this blue bowl"),
            (
                C,
                "lovely by the way if youre in often the friends of the gallery card gets you ten percent off",
            ),
            (U, "ah no im only visiting from toronto"),
            (C, "oh toronto my cousin lives out in mississauga how long are you over for"),
            (U, "two weeks were doing the wild atlantic way up to donegal"),
            (
                C,
                "youll have a ball make sure you stop at sliabh liag the cliffs are higher than moher",
            ),
            (U, "ill add it to the list"),
            (
                C,
                "ive wrapped it in plenty of paper for the flight we do have matching mugs from the same potter if you wanted one",
                {"pause": 22.0},
            ),
            (U, "go on then just the one mug"),
            (C, "lovely thats sixty two euro altogether"),
            (U, "card"),
            (C, "safe travels"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout104", HELDOUT104, 1041)
