# ruff: noqa: E501
"""Build the coach's held-out set 117: written by writer-117 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words): till staff in Canada and Australia. Canadian side: a coffee
and doughnut chain in Ontario (double doubles, timbits, steeped tea) and a
hardware chain store. Australian side: a bottle shop, a surf shop on the coast,
a suburban chemist and a newsagent, with "no worries", "arvo", "reckon" and
"mate" in the talk.

Mix, 18 conversations: 4 gossip (a regular's drink driving charge, the
franchise owner's money trouble, a colleague's unannounced pregnancy, the
cashier's own row with a flatmate over rent); 4 repeated_question (coffee size,
which beer, board length asked three times after a short answer, whether the
script is for the customer); 3 rushed_upsell (combo, rewards app, donation and a
special; store credit card, rewards, raffle and round-up; lotto, raffle,
donation and app read off fast at the end of a normal sale); 7 hard "not" cases
(warm chat about the customer's own life with an order read back and a colleague
praised for her baking; the duty manager and a colleague named for work reasons;
the customer gossips while the cashier deflects; a "sorry" re-ask plus
different questions of the same shape; one tailored wetsuit recommendation with
bag and receipt questions spread out; two offers far apart in a relaxed visit;
a customer repeating their own question with a paint order read back).

Writer-117 also read lines 1-40 of build_heldout678.py, which hold its docstring and the
start of heldout6's first conversation as well as its helpers.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT117 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Ontario coffee and doughnut chain",
        ["gossip"],
        "cashier tells a customer that a named regular was caught drink driving and has been before",
        [
            (C, "morning what can i get you"),
            (U, "medium double double and a boston cream please"),
            (C, "you got it"),
            (
                C,
                "hey you know gord right the old guy in the plaid jacket always sits by the window",
            ),
            (U, "kind of yeah"),
            (
                C,
                "he got pulled over friday night after the legion blew way over the limit they took his licence right there on the side of the road",
            ),
            (U, "oh geez"),
            (
                C,
                "his daughter has to drive him in now and apparently its not the first time either my cousin works at the courthouse and says hes been up before",
            ),
            (U, "huh well"),
            (C, "thatll be four eighty five tap whenever youre ready"),
            (U, "there we go"),
            (C, "have a good one eh"),
        ],
    ),
    (
        "q02",
        "Canadian hardware chain",
        ["gossip"],
        "cashier spills the franchise owner's second mortgage, his wife's phone row and bouncing cheques",
        [
            (C, "find everything you were looking for"),
            (U, "yeah just the furnace filters and a box of deck screws"),
            (C, "okay"),
            (U, "pretty quiet in here today"),
            (C, "tell me about it and honestly dont be surprised if this place changes hands soon"),
            (U, "oh yeah"),
            (
                C,
                "the owner is in over his head he took out a second mortgage on his cottage to cover the last inventory order and i heard his wife on the phone screaming at him about the line of credit",
            ),
            (C, "half our suppliers want cash up front now because his cheques keep bouncing"),
            (U, "thats rough"),
            (C, "yeah well you didnt hear it from me thats thirty two forty one"),
            (U, "debit"),
            (C, "go ahead and insert"),
        ],
    ),
    (
        "q03",
        "Australian suburban chemist",
        ["gossip"],
        "cashier tells a customer the pharmacist is secretly pregnant, from morning sickness and a test box in the bin",
        [
            (C, "hi there what can we do for you"),
            (U, "just these tissues and the cold and flu tablets"),
            (C, "no worries i just need to grab the pharmacist for the tablets"),
            (C, "shes out the back at the moment been running to the loo all morning"),
            (U, "oh poor thing"),
            (
                C,
                "between us i reckon shes pregnant she hasnt told anyone yet but she was sick in the staffroom yesterday and shes gone right off coffee",
            ),
            (C, "and i saw the test box in the bin so yeah dont say anything to her"),
            (U, "right okay"),
            (C, "here she comes thatll be twenty one ninety five all up"),
            (U, "card thanks"),
        ],
    ),
    (
        "q04",
        "Australian surf shop",
        ["gossip"],
        "cashier unloads her own fight with her flatmate over unpaid rent and accuses the flatmate of theft",
        [
            (C, "hey how ya going"),
            (U, "good thanks just the leash and a block of wax"),
            (C, "sweet as"),
            (
                C,
                "sorry im a bit all over the place today had a massive blue with my flatmate this morning",
            ),
            (U, "oh no"),
            (
                C,
                "shes three weeks behind on rent again and had the hide to tell me i use too much hot water so i told her to pack her stuff and be out by the weekend",
            ),
            (U, "yikes"),
            (
                C,
                "and now shes telling all our mates im a psycho and i reckon she nicked forty bucks out of my wallet too",
            ),
            (U, "thats no good"),
            (C, "anyway sorry thats fifty four dollars for the leash and wax"),
            (U, "tap is fine"),
            (C, "cheers have a good surf"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Ontario coffee and doughnut chain",
        ["repeated_question"],
        "coffee size answered as large, then after the doughnut and timbits the cashier asks how big again",
        [
            (C, "hi there what can i get started for you"),
            (U, "a coffee and a honey dip"),
            (C, "what size coffee"),
            (U, "large please"),
            (C, "cream and sugar"),
            (U, "just milk"),
            (C, "okay and did you want the honey dip warmed up"),
            (U, "nah its fine"),
            (U, "oh and could i get a ten pack of the birthday cake timbits"),
            (C, "for sure we just got a fresh batch out"),
            (C, "and how big did you want that coffee"),
            (U, "um large i said"),
            (C, "right sorry thatll be six seventy five"),
        ],
    ),
    (
        "q06",
        "Australian bottle shop",
        ["repeated_question"],
        "customer names the local pale ale, then after ice and an id check the cashier asks which beer again",
        [
            (C, "gday mate what can i grab you"),
            (U, "a slab of the pale ale the local one in the green cans"),
            (C, "yep the brewery up the road good drop"),
            (C, "anything else"),
            (U, "and a bag of ice if youve got it"),
            (C, "yeah in the freezer by the door just grab one"),
            (U, "got it"),
            (C, "can i see some id quickly"),
            (U, "here you go"),
            (C, "cheers all good so which beer was it you were after"),
            (U, "the pale ale the green cans"),
            (C, "no worries ill grab one from the coolroom"),
        ],
    ),
    (
        "q07",
        "Australian surf shop",
        ["repeated_question"],
        "board length answered with a bare eight and asked again twice in other words",
        [
            (C, "hey you looking at the mals"),
            (U, "yeah want something for my missus to learn on"),
            (C, "nice what length were you thinking"),
            (U, "eight"),
            (
                C,
                "okay the soft tops are on special this week and theres a fin set that goes with them",
            ),
            (U, "cool shes pretty small though"),
            (C, "thats fine the soft tops are real light"),
            (C, "so how long do you reckon she wants the board"),
            (U, "eight foot"),
            (C, "too easy and did you want a board bag too or just the board"),
            (U, "just the board"),
            (C, "and how many foot were we after"),
            (U, "eight mate like i said"),
            (C, "yep sorry eight it is"),
        ],
    ),
    (
        "q08",
        "Australian suburban chemist",
        ["repeated_question"],
        "customer says the script is theirs, then after medicare card and lookup the cashier checks who it is for again",
        [
            (C, "hi there have you got a script for us"),
            (U, "yeah this one"),
            (C, "is it for yourself"),
            (U, "yeah its mine"),
            (C, "and have you got your medicare card on you"),
            (U, "yep here"),
            (C, "great have you been in before are you in our system"),
            (U, "yeah should be"),
            (C, "found you okay itll be about fifteen minutes"),
            (U, "no worries ill wait"),
            (C, "and just checking the medication is for you and not someone else"),
            (U, "its for me yes"),
            (C, "lovely ill call you when its ready"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Ontario coffee and doughnut chain",
        ["rushed_upsell"],
        "combo, rewards app, camp day dollar and a two for one special fired off back to back",
        [
            (C, "hi what can i get for you"),
            (U, "medium steeped tea and a maple dip"),
            (C, "make it a combo with a breakfast sandwich for two bucks more", RR),
            (U, "uh no", R),
            (
                C,
                "you have our rewards app you can scan it now or download it and get a free donut",
                R,
            ),
            (U, "no thanks", R),
            (C, "would you like to add a dollar for camp day today", R),
            (U, "no im okay", R),
            (C, "and did you want to try our new iced cap its two for one till noon", R),
            (U, "just the tea", R),
            (C, "okay thats three forty nine"),
        ],
    ),
    (
        "q10",
        "Canadian hardware chain",
        ["rushed_upsell"],
        "store credit card, rewards program, hospital raffle and a round-up pushed in one breath",
        [
            (C, "this all for you today"),
            (U, "yeah the caulking and the gun"),
            (
                C,
                "did you know if you sign up for our store mastercard today you save fifteen percent on this whole purchase",
                RR,
            ),
            (C, "and are you a member of our rewards program you earn points on every dollar", R),
            (U, "uh", R),
            (
                C,
                "and were selling raffle tickets for the childrens hospital five bucks for a chance at a barbecue",
                R,
            ),
            (U, "no im fine", R),
            (C, "and do you want to round up to the nearest dollar for the kids sports fund", R),
            (U, "just the caulking please"),
            (C, "okay twenty two sixteen"),
        ],
    ),
    (
        "q11",
        "Australian newsagent",
        ["rushed_upsell"],
        "ordinary paper sale, then lotto, footy raffle, helicopter donation and app read off fast at the end",
        [
            (C, "morning love"),
            (U, "morning just the paper and the puzzle book"),
            (C, "the big weekend one with the cryptics"),
            (U, "yeah thats the one"),
            (C, "there you go bit of rain coming this arvo they reckon"),
            (U, "hope so the gardens dying"),
            (C, "its been that dry"),
            (C, "thats twelve fifty"),
            (C, "did you want a lotto ticket tonights jackpot is twenty million", RR),
            (C, "weve also got the footy club raffle two bucks a ticket", R),
            (C, "and would you like to add a gold coin for the rescue helicopter", R),
            (C, "and have you got our rewards app you get points on every paper", R),
            (U, "um no just the paper thanks"),
        ],
    ),
    # ------------------------------------------------------- hard not cases
    (
        "q12",
        "Ontario coffee and doughnut chain",
        [],
        "warm chat about the customer's daughter's hockey final, the order read back to confirm, a colleague praised for fresh timbits",
        [
            (C, "morning hows it going"),
            (
                U,
                "not bad tired though we were at the rink till late my daughters team made the final",
            ),
            (C, "no way thats awesome what does she play"),
            (U, "goalie"),
            (C, "oh man thats a lot of pressure she must be pumped"),
            (U, "she is the game is saturday up in sudbury"),
            (C, "well good luck to her what can i get you"),
            (U, "two extra large double doubles and a forty pack of timbits mixed"),
            (C, "okay so thats two extra large double doubles and a forty pack mixed"),
            (U, "yep"),
            (C, "marie just pulled a fresh tray of the chocolate ones shes the best on the ovens"),
            (U, "perfect"),
            (C, "sixteen twenty whenever youre ready"),
        ],
    ),
    (
        "q13",
        "Australian hardware chain",
        [],
        "duty manager paged to approve a price match and a colleague recommended for drill bits: work reasons only",
        [
            (U, "gday do you guys price match"),
            (C, "we do yeah just need to see the price on your phone"),
            (U, "its this drill here ninety nine at the other place"),
            (
                C,
                "okay anything over fifty kerry has to sign off shes the duty manager ill give her a buzz",
            ),
            (C, "kerry to the front registers please"),
            (U, "thanks"),
            (C, "while we wait did you find the bits you needed"),
            (U, "nah couldnt find the masonry ones"),
            (
                C,
                "aisle twelve down the end but ask jason in power tools hes brilliant he knows every bit in that aisle",
            ),
            (U, "legend ill go find him"),
            (C, "and kerrys here now shell do the override for you"),
        ],
    ),
    (
        "q14",
        "Australian bottle shop",
        [],
        "the customer gossips about a neighbour's domestic and drink driving; the cashier deflects and sticks to the sale",
        [
            (C, "hey mate how we going"),
            (U, "alright a bottle of the shiraz and a six pack of the ginger beer"),
            (C, "no worries"),
            (U, "hey you know the bloke at number twelve on my street the one with the ute"),
            (C, "cant say i do"),
            (U, "cops were there again last night reckon his missus finally had enough of him"),
            (C, "ah i stay well out of that stuff mate"),
            (C, "did you want the shiraz in a bag"),
            (U, "yeah go on and apparently hes been done for drink driving too"),
            (C, "hope everyones alright thats thirty eight fifty"),
            (U, "card"),
            (C, "cheers enjoy your night"),
        ],
    ),
    (
        "q15",
        "Australian suburban chemist",
        [],
        "one question re-asked after the customer says sorry, then distinct safety questions of the same shape",
        [
            (C, "hi there what can i help you with"),
            (U, "something for hay fever please"),
            (C, "have you used anything for it before"),
            (U, "sorry"),
            (C, "have you used any hay fever tablets before"),
            (U, "oh yeah the non drowsy ones a while back"),
            (C, "good and are you on any other medicines at the moment"),
            (U, "just the pill"),
            (C, "no worries that wont interact and do you have any allergies to medicines"),
            (U, "not that i know of"),
            (C, "righto these are the same non drowsy ones thats eighteen ninety nine"),
            (U, "thanks"),
        ],
    ),
    (
        "q16",
        "Australian surf shop",
        [],
        "one wetsuit suggestion tailored to a winter trip; bag asked early and receipt at the end of a relaxed chat",
        [
            (C, "hey how you going"),
            (U, "good just the wax thanks"),
            (C, "no worries want a bag for it"),
            (U, "nah its right"),
            (C, "off anywhere good"),
            (U, "heading down the south coast for a week in july"),
            (C, "oh nice the waters freezing down there whats your wetsuit"),
            (U, "a three two"),
            (
                C,
                "honestly id go a four three for july youll last way longer out there theres a few on the rack if you ever want to try one on",
            ),
            (U, "yeah ill have a look next week"),
            (C, "sweet thats four dollars want the receipt"),
            (U, "nah all good"),
            (C, "have a good trip"),
        ],
    ),
    (
        "q17",
        "Australian newsagent",
        [],
        "a puzzle annual mentioned early and lotto mentioned at the end of a long relaxed chat about a grandson",
        [
            (C, "morning how are you going"),
            (U, "good love just my magazines"),
            (C, "the gardening one and the crossword"),
            (U, "yes please and the local paper"),
            (
                C,
                "oh the new puzzle annual came in yesterday if youre after one its on the stand there",
            ),
            (U, "maybe next time"),
            (U, "my grandson starts uni next week im beside myself", {"pause": 6}),
            (C, "oh youre kidding what is he doing"),
            (U, "engineering down in melbourne hes moving into the college"),
            (C, "good on him you must be so proud", {"pause": 3}),
            (U, "i am he was always pulling the toaster apart as a boy", {"pause": 4}),
            (C, "ha sounds like an engineer to me", {"pause": 5}),
            (
                C,
                "thats sixteen forty all up and lottos thirty million tonight if you fancy a ticket",
                {"pause": 20},
            ),
            (U, "oh go on then one quick pick"),
        ],
    ),
    (
        "q18",
        "Canadian hardware chain",
        [],
        "the customer asks twice where the drop cloths are; the cashier reads the paint order back and gives a care tip",
        [
            (C, "hi there paint pickup"),
            (U, "yeah under tremblay two gallons"),
            (C, "okay here it is two gallons of eggshell in harbour grey tinted this morning"),
            (U, "perfect do you guys sell drop cloths"),
            (C, "yeah aisle seven by the rollers"),
            (U, "sorry where were the drop cloths"),
            (C, "aisle seven right by the rollers and the tape"),
            (U, "great ill grab one"),
            (U, "okay got it", {"pause": 40}),
            (C, "so thats the two gallons and one drop cloth"),
            (U, "yep"),
            (C, "seventy eight fifty two"),
            (
                C,
                "oh and keep those in the house tonight its supposed to go down to minus twenty dont leave them in the truck",
            ),
            (U, "good tip thanks eh"),
        ],
    ),
]


if __name__ == "__main__":
    build("heldout117", HELDOUT117, 1171)
