# ruff: noqa: E501
"""Build the coach's held-out set 206: written by writer-206 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words): counter staff and customers in Birmingham and the Black
Country, talking Brummie and Black Country English ("bab", "ar", "ow am ya",
"yow", "cob", "babby", "tara a bit", "cor", "dow"): a balti takeaway counter in
Sparkbrook, a fruit and veg stall and a butchers stall on Wolverhampton market,
a high street pharmacy, a car parts shop, a bakery and a corner newsagent.
Three conversations per shop; the cashier often speaks twice in a row.

Mix: 4 gossip (a previous customer's benefit fraud, the manager's dodgy MOT
certificates, a colleague's affair with the delivery driver, the cashier's own
brother's betting debts), 4 repeated_question (how many cobs, mild or hot, which
wiper blade size, whether the scarf is for the match, the last answered "ar"
both times), 3 rushed_upsell (loyalty card, scratchcard, lottery, meal-deal
upgrade, app, charity donation and email receipt fired back to back at a
customer who barely answers) and 7 hard "not" cases: warm chat about the
customer's own family with the pharmacist named for a work reason; a colleague
praised and the manager named for a work reason; a customer gossiping while the
stallholder deflects; an order read back plus a "sorry" re-ask and same-shaped
questions; same-shaped questions plus a customer repeating their own question;
one tailored recommendation with bag and receipt questions spread out; two
offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT206 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Black Country corner newsagent",
        ["gossip"],
        "cashier accuses the customer who just left of fiddling disability benefits",
        [
            (C, "ow am ya bab"),
            (U, "not so bad ta twenty blue and the express and star"),
            (C, "there yow go"),
            (C, "did yow see him as just went out with the walking stick"),
            (U, "the chap in the flat cap"),
            (C, "ar him hes on full disability says he cor walk more than ten yards"),
            (
                C,
                "and i seen him sunday humping paving slabs off a van up his mates drive no stick no nothing",
            ),
            (U, "oh ar"),
            (
                C,
                "hes been diddling the social for years everybody round here knows it somebody wants to shop him",
            ),
            (U, "right how much is that bab"),
            (C, "sixteen pound forty with the paper"),
            (U, "ta tara a bit"),
        ],
    ),
    (
        "q02",
        "Dudley car parts shop",
        ["gossip"],
        "cashier tells a customer the manager signs off MOT certificates for cars he never inspects",
        [
            (C, "morning what can i do ya for"),
            (U, "oil filter for a twenty twelve fiesta one point two"),
            (C, "give us a sec ill look it up"),
            (C, "yeah got that in bay four"),
            (U, "smashing"),
            (C, "yow aint taking it to our gaffers garage for the mot am ya"),
            (U, "hadnt thought about it why"),
            (
                C,
                "between me and yow he dow even put half of em on the ramp he just takes the cash and prints the certificate off",
            ),
            (
                C,
                "had a corsa through last month with no brakes to speak of and it passed lovely cos the bloke as owns it is his drinking mate",
            ),
            (U, "blimey"),
            (C, "if the dvsa ever turn up hes done for mind yow never heard it from me"),
            (U, "right well just the filter please"),
            (C, "seven ninety nine then"),
        ],
    ),
    (
        "q03",
        "Birmingham high street bakery",
        ["gossip"],
        "cashier tells a customer her colleague is having an affair with the flour delivery driver behind her husband's back",
        [
            (C, "morning bab what yow having"),
            (U, "four crusty cobs and a slice of bread pudding please"),
            (C, "ar no bother"),
            (U, "ow am ya anyway"),
            (
                C,
                "shattered bab ive been covering mandys shifts cos shes always round the back with the flour lad",
            ),
            (
                C,
                "the one with the white van they think nobody knows but ive caught em twice in the store room",
            ),
            (U, "oh dear"),
            (
                C,
                "and her poor husband drops her off every morning not a clue bless him shes been carrying on with that driver since easter",
            ),
            (U, "how much do i owe ya"),
            (C, "three pound twenty bab"),
            (U, "there yam"),
            (C, "ta tara a bit"),
        ],
    ),
    (
        "q04",
        "Sparkbrook balti takeaway counter",
        ["gossip"],
        "cashier overshares his own brother's gambling debts and the family's money troubles",
        [
            (C, "alright mate what can i get ya"),
            (U, "chicken tikka balti medium and a peshwari naan"),
            (C, "twenty minutes on that its rammed tonight"),
            (U, "no worries ill wait"),
            (C, "sorry if im a bit off tonight our kid rung me at four in the morning again"),
            (
                C,
                "hes got himself in with the bookies proper this time owes about eight grand on the horses and them online slots",
            ),
            (U, "oh no"),
            (
                C,
                "mom remortgaged the house last year to clear him and hes gone and done it all again and the fellas hes borrowed off aint the sort yow want knocking on your door",
            ),
            (U, "thats rough"),
            (C, "anyway thatll be twelve fifty"),
            (U, "card ok"),
            (C, "yeah tap it there"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Birmingham high street bakery",
        ["repeated_question"],
        "cashier asks how many cobs, is told eighteen, chats about the do, then asks how many again",
        [
            (C, "ow am ya bab what can i get ya"),
            (U, "cobs please for a works do"),
            (C, "how many cobs yow after"),
            (U, "eighteen please the big floury ones"),
            (C, "ar we got plenty of them"),
            (C, "works do is it anything nice"),
            (U, "its my gaffers retirement on friday were doing a buffet"),
            (C, "oh lovely thatll be a good send off"),
            (U, "should be we booked the function room at the pub"),
            (C, "right so how many was it yow needed bab"),
            (U, "eighteen like i said"),
            (C, "eighteen floury coming up"),
        ],
    ),
    (
        "q06",
        "Sparkbrook balti takeaway counter",
        ["repeated_question"],
        "cashier asks how hot the lamb balti should be, is told mild, then after chat asks mild or hot again",
        [
            (C, "evening bab what yow having"),
            (U, "two chicken kormas a lamb balti and three naans"),
            (C, "is the lamb balti mild medium or hot"),
            (U, "mild please its for the babby shes only seven"),
            (C, "aw bless her"),
            (U, "she loves it has it every friday"),
            (C, "good girl starting em young"),
            (U, "and a bag of poppadoms please"),
            (C, "no bother and do yow want the balti mild or with a bit of kick to it"),
            (U, "mild i said bab its for the little un"),
            (C, "course sorry thats twenty six pound then"),
        ],
    ),
    (
        "q07",
        "Dudley car parts shop",
        ["repeated_question"],
        "cashier asks the wiper blade sizes, the customer gives both, then after talk about the rain the cashier asks the length again",
        [
            (C, "hiya what yow after"),
            (U, "pair of wiper blades for the astra"),
            (C, "what size am they do ya know"),
            (
                U,
                "twenty six inch on the drivers side and sixteen on the passenger i measured em this morning",
            ),
            (C, "good man saves us a job"),
            (U, "the old ones am shredded squeaking all the way down the a four one"),
            (C, "this rain dow help does it"),
            (U, "its been chucking it down all week"),
            (C, "right then what length blades did yow need"),
            (U, "twenty six and sixteen mate"),
            (C, "ar here we go them two then"),
            (C, "eighteen pound the pair"),
        ],
    ),
    (
        "q08",
        "Wolverhampton market scarf and hat stall",
        ["repeated_question"],
        "stallholder asks if the scarf is for the match, gets ar, chats, then asks if it is for the game at the weekend and gets ar again",
        [
            (C, "ow bist mate"),
            (U, "not bad ow much is the gold and black scarf"),
            (C, "eight pound that one or two for fifteen"),
            (U, "just the one"),
            (C, "is it for the match saturday"),
            (U, "ar"),
            (C, "weather looks bitter for it mind"),
            (U, "it was freezing on the south bank last time"),
            (C, "yow want a thick un then"),
            (U, "this one feels alright"),
            (C, "so yow wanting it for the game at the weekend then"),
            (U, "ar"),
            (C, "eight pound then mate ta"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Black Country corner newsagent",
        ["rushed_upsell"],
        "points card, scratchcard, charity round-up and lottery pushed back to back at a customer who only wants cigarettes",
        [
            (U, "twenty rothmans please"),
            (C, "there yow go"),
            (C, "yow got our points card bab yow can sign up now takes a sec", RR),
            (U, "no ta", R),
            (C, "fancy a scratchcard new ones in five hundred grand top prize", R),
            (U, "no", R),
            (C, "and would yow like to round up for the air ambulance", R),
            (U, "erm", R),
            (C, "and a lucky dip for saturday while yam here", R),
            (U, "just the fags", R),
            (C, "fourteen eighty then"),
        ],
    ),
    (
        "q10",
        "Birmingham high street pharmacy",
        ["rushed_upsell"],
        "rewards card, email sign-up, hospice donation and email receipt fired off in a burst while the customer mumbles no",
        [
            (C, "hiya bab just the paracetamol and the plasters"),
            (U, "ar please"),
            (C, "yow got a rewards card to put that on", RR),
            (U, "no", R),
            (C, "we can set one up now just need your email", R),
            (U, "its alright", R),
            (C, "and were collecting for the hospice today pound in the pot", R),
            (U, "um", R),
            (C, "and do yow want the receipt emailed over", R),
            (U, "no just pay", R),
            (C, "three pound ten then"),
        ],
    ),
    (
        "q11",
        "Birmingham high street bakery",
        ["rushed_upsell"],
        "meal-deal upgrade, app, charity pound and emailed receipt pushed one after another on a customer buying one sausage roll",
        [
            (U, "sausage roll please bab"),
            (C, "eat in or take out"),
            (U, "take out"),
            (C, "make it a meal deal for one pound fifty more yow get a drink and a cake", RR),
            (U, "no ta", R),
            (C, "yow got our app free coffee after five", R),
            (U, "no", R),
            (C, "and a pound for the childrens hospital", R),
            (U, "not today", R),
            (C, "want your receipt emailed", R),
            (U, "its fine", R),
            (C, "one forty five then bab"),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Birmingham high street pharmacy",
        [],
        "not gossip: warm chat about the customer's new granddaughter; the pharmacist is named only to explain the new tablets",
        [
            (C, "morning ow am ya"),
            (U, "oh not too bad bab picking up for me mom"),
            (C, "whats her name and date of birth"),
            (U, "joan hartley fourth of may thirty eight"),
            (C, "ar got it here"),
            (
                C,
                "our pharmacist ravi wants a quick word about the new tablets just how to take em alongside her others",
            ),
            (U, "course"),
            (U, "im off to see her after got a new granddaughter to show her born tuesday"),
            (C, "oh congratulations bab whats her called"),
            (U, "ivy seven pound two"),
            (C, "ah ivy thats gorgeous your moms a great nan again then"),
            (U, "fourth great grandchild shes chuffed to bits"),
            (C, "ravis just coming now then yow can get off to see her"),
        ],
    ),
    (
        "q13",
        "Dudley car parts shop",
        [],
        "not gossip: a colleague is fetched and praised for his know-how and the manager is named only for ordering parts",
        [
            (C, "now then what yow after"),
            (U, "headlight bulb for a two thousand and nine astra passenger sides gone"),
            (C, "h seven is it"),
            (U, "no idea to be honest"),
            (C, "ill get our dave hes a diamond on the old astras hell know straight off"),
            (C, "dave can yow come and have a look for the gentleman"),
            (U, "cheers"),
            (
                C,
                "honest he fitted one out in the car park last week in the pouring rain and wouldnt take a penny for it",
            ),
            (U, "thats good of him"),
            (
                C,
                "and if it turns out the holder wants doing as well ill get the manager to order one in from the walsall branch",
            ),
            (U, "fair enough"),
            (C, "here he comes now"),
        ],
    ),
    (
        "q14",
        "Wolverhampton market fruit and veg stall",
        [],
        "not gossip: the customer gossips about another stallholder's affair while the stallholder keeps out of it and gets on with the order",
        [
            (C, "ow am ya bab what can i get ya"),
            (U, "pound of tomatoes and a bag of spuds please"),
            (C, "ar comin up"),
            (U, "here did yow hear about her off the fish stall"),
            (C, "cor say i have bab"),
            (
                U,
                "they reckon shes been seeing the bloke from the key cutters and her husbands found out",
            ),
            (C, "oh i keep right out of all that me"),
            (C, "do yow want the big bag of spuds or the small one"),
            (U, "big one and apparently he slung all her clothes out the window"),
            (C, "not for me to say bab"),
            (C, "thats three pound twenty altogether"),
            (U, "there yam"),
            (C, "ta bab tara a bit"),
        ],
    ),
    (
        "q15",
        "Sparkbrook balti takeaway counter",
        [],
        "not a repeat: different questions of the same shape, a re-ask after the customer says sorry, and the order read back to confirm",
        [
            (C, "evening whats it to be"),
            (U, "chicken madras a keema naan and a pilau rice"),
            (C, "plain pilau or mushroom pilau"),
            (U, "plain"),
            (C, "and is that eating in or taking away"),
            (U, "taking away"),
            (C, "whats the name for the order"),
            (U, "sorry whats that"),
            (C, "the name bab for when its ready"),
            (U, "oh pete"),
            (C, "so thats one chicken madras a keema naan and a plain pilau to take away for pete"),
            (U, "spot on"),
            (C, "fifteen pound ten be about fifteen minutes"),
        ],
    ),
    (
        "q16",
        "Wolverhampton market butchers stall",
        [],
        "not a repeat: smoked or unsmoked then back or streaky are different questions, and it is the customer who repeats her own question about the faggots",
        [
            (C, "right whos next"),
            (U, "me bab half a pound of bacon"),
            (C, "smoked or unsmoked"),
            (U, "unsmoked"),
            (C, "back or streaky"),
            (U, "back please"),
            (U, "am them faggots fresh today"),
            (C, "just a sec bab let me wrap this"),
            (U, "them faggots am they todays"),
            (C, "ar made this morning four for three pound"),
            (U, "go on then four"),
            (C, "anything else for yow"),
            (U, "no thats me"),
            (C, "six pound forty then bab"),
        ],
    ),
    (
        "q17",
        "Black Country corner newsagent",
        [],
        "not rushed: one recommendation tailored to the grandad's pigeons, with the bag and receipt questions spread over a relaxed chat",
        [
            (C, "morning bab ow am ya"),
            (U, "not bad i need a card for me grandad hes ninety on sunday"),
            (C, "ninety bostin"),
            (U, "still keeps his pigeons an all up the allotment"),
            (
                C,
                "oh does he theres a card on the end there with a pigeon loft on it might be just the job",
            ),
            (U, "oh thats lovely hell love that"),
            (C, "is he doing anything for it"),
            (U, "weve got the back room at the pub for a family do"),
            (C, "aw give him our best"),
            (C, "do yow want a bag for that or yow alright", {"pause": 3.0}),
            (U, "im alright ta"),
            (C, "two ninety nine then bab want the receipt", {"pause": 4.0}),
            (U, "no ta tara a bit"),
        ],
    ),
    (
        "q18",
        "Birmingham high street pharmacy",
        [],
        "not rushed: a flu jab mention early and a rewards card mention at the end, far apart in an unhurried chat about a holiday",
        [
            (C, "hiya bab ow am ya"),
            (U, "alright ta just this hay fever stuff and some suncream"),
            (
                C,
                "were doing flu jabs from next week if yow want booking in theres a sheet by the door",
            ),
            (U, "oh ill have a look maybe"),
            (C, "off anywhere nice with the suncream"),
            (U, "weston for a week with the grandkids"),
            (C, "oh lovely hope the weathers kind to ya"),
            (U, "its always chucking it down when we go"),
            (C, "ah well yow always got a chippy on the front"),
            (U, "thats the main thing"),
            (C, "right that comes to eleven forty", {"pause": 6.0}),
            (U, "card please"),
            (
                C,
                "and if yow ever fancy one of our reward cards just ask at the counter no rush",
                {"pause": 8.0},
            ),
            (U, "ar ill think about it tara"),
        ],
    ),
]


if __name__ == "__main__":
    build("heldout206", HELDOUT206, 2061)
