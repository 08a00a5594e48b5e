# ruff: noqa: E501
"""Build the coach's held-out set 138: written by writer-138 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings; young American speech with "like",
"literally", "no way", "dude"): student workers and young staff in an American
college town and its suburbs: a campus bookstore, a frozen yogurt shop, a record
store, a bike shop, a vet clinic front desk and a craft store (three
conversations each).

Mix: 4 gossip (a professor dating a student, the previous customer's
shoplifting, the store manager drinking on shift, the cashier's roommate's
cheating boyfriend), 4 repeated_question (cup size, pet's name, frame size
answered with a plain number, yards of fabric, each re-asked in other words after
small talk), 3 rushed_upsell (rewards program, used-book buyback, round-up
donation, email list, protection plan, stamp card and record club fired off in
bursts), and 7 hard "not" cases: warm chat about the customer's own life with a
vet praised for a work reason; a customer who gossips while the cashier
deflects; an order read back, a "sorry what" re-ask and different either/or
questions of the same shape; a manager named for where stock is and praised,
with a customer repeating her own question; one tailored recommendation with
the routine bag and receipt questions; two offers far apart in a relaxed visit;
a vet bill read back with a tech named and split-payment questions.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT138 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "campus bookstore",
        ["gossip"],
        "cashier spreads a rumour that a named professor is dating an undergrad in his lab and his wife does not know",
        [
            (C, "hey did you find everything"),
            (U, "yeah just the orgo lab manual and these scan trons"),
            (C, "oh orgo are you in hendricks section"),
            (U, "yeah tuesday thursday"),
            (
                C,
                "dude okay you did not hear this from me but hendricks is literally dating one of the undergrads in his lab",
            ),
            (
                C,
                "my friend saw them making out in the parking garage behind the science building and shes like twenty",
            ),
            (U, "oh wow um okay"),
            (C, "and his wife has no idea its so messed up everybody in the department knows"),
            (U, "how much is it"),
            (C, "eighty four fifty"),
            (U, "card"),
            (C, "cool youre all set"),
        ],
    ),
    (
        "q02",
        "record store",
        ["gossip"],
        "cashier slanders the previous customer by name as a shoplifter who sells stolen stuff to pay for his habit",
        [
            (C, "find anything good in the dollar bins"),
            (U, "yeah this coltrane and the fleetwood max"),
            (C, "nice nice"),
            (
                C,
                "dude you just missed it the guy before you literally tried to walk out with like six records down his pants",
            ),
            (U, "no way"),
            (
                C,
                "yeah its kyle from the apartments on elm everybody knows he flips the stuff on ebay to pay for his pills",
            ),
            (
                C,
                "he lifted a cartridge off the counter last month too and his mom had to come in and pay for it",
            ),
            (U, "huh"),
            (C, "okay so thats twelve even"),
            (U, "here"),
            (C, "thanks man"),
        ],
    ),
    (
        "q03",
        "frozen yogurt shop",
        ["gossip"],
        "cashier tells a customer the manager keeps vodka in the freezer and was drunk on shift",
        [
            (C, "hey go ahead and set it on the scale"),
            (U, "okay"),
            (C, "seven twenty five"),
            (U, "cool can i use apple pay"),
            (C, "yep tap whenever"),
            (
                C,
                "sorry its slow its just me up front cause derek is in the back like sleeping it off again",
            ),
            (U, "oh"),
            (
                C,
                "hes our manager and he literally keeps a flask of vodka in the walk in he was wasted by like four today",
            ),
            (C, "corporate is gonna find out eventually and honestly i hope they do"),
            (U, "yikes okay"),
            (C, "you want a receipt"),
            (U, "no thanks"),
        ],
    ),
    (
        "q04",
        "craft store",
        ["gossip"],
        "cashier overshares her roommate's private drama: the boyfriend cheating with her best friend, read off his texts",
        [
            (
                C,
                "hi did you want the coupon on this theres forty percent off one regular price item",
            ),
            (U, "oh yeah please on the glue gun"),
            (C, "got it"),
            (U, "its all for my sisters wedding centerpieces"),
            (C, "omg cute"),
            (
                C,
                "weddings are so not my thing right now my roommates boyfriend has been cheating on her with her best friend for like three months",
            ),
            (
                C,
                "and i found out first cause i saw his texts on our ipad and now i have to decide if i tell her its literally ruining my life",
            ),
            (U, "oh no thats rough"),
            (C, "and hes still sleeping at our place like every night its so gross"),
            (U, "yeah"),
            (C, "okay thats thirty one forty with the coupon"),
            (U, "thanks"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "frozen yogurt shop",
        ["repeated_question"],
        "cashier asks the cup size, chats about flavours, then asks which cup again in other words",
        [
            (C, "hey what size cup did you want small medium or large"),
            (U, "medium please"),
            (C, "cool cups are right there and toppings are at the end"),
            (U, "is the cake badder one new"),
            (C, "yeah we just got it this week its like really sweet but so good"),
            (U, "okay awesome ill try it"),
            (C, "perfect"),
            (C, "and um which cup are you going with like the little one or the bigger one"),
            (U, "i said medium"),
            (C, "oh right my bad"),
        ],
    ),
    (
        "q06",
        "vet clinic front desk",
        ["repeated_question"],
        "receptionist gets the dog's name, chats about her breed, then asks what to call her again",
        [
            (C, "hi there who are we checking in today"),
            (U, "this is biscuit shes here for her shots"),
            (C, "aww hi biscuit"),
            (C, "is she a corgi mix"),
            (U, "yeah corgi and maybe beagle we think"),
            (C, "she has the best ears"),
            (U, "thanks she gets a lot of comments on those"),
            (C, "okay and what do we call this little lady"),
            (U, "uh biscuit"),
            (C, "biscuit got it and the last name on the account"),
            (U, "ramirez"),
            (C, "perfect have a seat the doctor will be out soon"),
        ],
    ),
    (
        "q07",
        "bike shop",
        ["repeated_question"],
        "customer answers the frame size with a plain number; after talk about riding the cashier asks how big the bike is",
        [
            (C, "so what size frame are you on right now"),
            (U, "fifty four"),
            (C, "nice and youre mostly doing road or gravel"),
            (U, "mostly gravel around the reservoir and some commuting"),
            (C, "oh the reservoir loop is sick"),
            (U, "yeah its my favorite"),
            (
                C,
                "okay so for the fit on the new one how big is your current bike like in centimeters",
            ),
            (U, "fifty four like i said"),
            (C, "right right"),
            (C, "then the fifty four in this model should feel about the same"),
        ],
    ),
    (
        "q08",
        "craft store",
        ["repeated_question"],
        "cutting counter asks how many yards, chats about the quilt, then asks how much off the bolt",
        [
            (C, "hey what can i cut for you"),
            (U, "i need this flannel for a quilt back"),
            (C, "cool how many yards are we doing"),
            (U, "three and a half please"),
            (C, "okay"),
            (C, "is this for a baby quilt or like a throw"),
            (U, "a throw its for my moms birthday"),
            (C, "aww thats so sweet shell love it"),
            (U, "hopefully"),
            (C, "so how much of it did you need off the bolt"),
            (U, "three and a half yards"),
            (C, "ok cool let me measure it out"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "campus bookstore",
        ["rushed_upsell"],
        "rewards program, textbook buyback reminder, round-up donation and email capture fired off while the student barely answers",
        [
            (C, "hey whats up just the two books"),
            (U, "yeah"),
            (
                C,
                "cool are you in our husky rewards program its free you get points on every purchase",
                RR,
            ),
            (U, "uh no", R),
            (
                C,
                "okay also we do buyback at the end of the semester you get up to half back want me to put you down for a reminder",
                R,
            ),
            (U, "um", R),
            (C, "and would you like to round up for the student food pantry today", R),
            (C, "and whats your email for the receipt and deals", R),
            (U, "no thats okay"),
            (C, "okay thats one thirty seven eighteen"),
        ],
    ),
    (
        "q10",
        "bike shop",
        ["rushed_upsell"],
        "protection plan, rewards card, email sign-up and a tube deal pushed in one burst at a customer who only wanted a helmet and lights",
        [
            (C, "alright so the helmet and the lights"),
            (U, "yep"),
            (
                C,
                "do you want to add our two year protection plan on the lights covers theft and damage only nine ninety nine",
                RR,
            ),
            (U, "oh uh", R),
            (C, "and we have a rider rewards card you get ten percent back on service", R),
            (C, "can i grab your email to sign you up it only takes a sec", R),
            (U, "i mean", R),
            (C, "and tubes are on sale right now three for twelve you want some", R),
            (U, "no im good just those"),
            (C, "okay eighty nine forty"),
        ],
    ),
    (
        "q11",
        "record store",
        ["rushed_upsell"],
        "email list, stamp card, round-up for the radio station and a record club rattled off back to back",
        [
            (C, "sweet is this all"),
            (U, "yeah"),
            (C, "do you want to get on our email list we send new arrivals every friday", RR),
            (U, "uh", R),
            (C, "and we have a stamp card every ten records you get one free", R),
            (C, "and would you like to round up for the community radio station", R),
            (U, "oh um sure", R),
            (C, "and theres a record of the month club too if youre interested", R),
            (U, "no no thats fine"),
            (C, "okay twenty six fifty with the round up"),
        ],
    ),
    # ------------------------------------------------------------- not cases
    (
        "q12",
        "vet clinic front desk",
        [],
        "warm chat about the customer's recovering dog and new apartment; the vet is named for her instructions and praised",
        [
            (C, "hi welcome back how did rosie do after the surgery"),
            (U, "shes doing so good honestly shes already trying to jump on the couch"),
            (C, "oh no she has to chill for like two weeks"),
            (U, "i know its impossible we just moved into a new place too with stairs"),
            (C, "oh congrats on the new place is it near campus"),
            (U, "yeah right off college avenue"),
            (C, "nice thats a great area"),
            (
                C,
                "so today was just the recheck and doctor okafor said the in session looks perfect",
            ),
            (
                C,
                "she wanted me to tell you keep the cone on until friday and call her if it gets red",
            ),
            (U, "okay will do"),
            (C, "honestly doctor okafor is the best she stayed late just to fit rosie in"),
            (U, "she really is"),
            (C, "your total for today is forty five"),
            (U, "here you go"),
        ],
    ),
    (
        "q13",
        "record store",
        [],
        "customer fishes for gossip about a fired employee; the cashier declines and steers back to the held record",
        [
            (U, "hey is jess not working here anymore"),
            (C, "shes not on today"),
            (U, "oh i heard she got fired for like taking stuff from the back"),
            (C, "i really dont know anything about that"),
            (U, "thats what her ex told me he said she was selling records online"),
            (C, "ah i wouldnt know man"),
            (C, "anyway you here for that bowie reissue"),
            (U, "yeah the one you held for me"),
            (C, "got it right here thats thirty four"),
            (U, "cool"),
            (C, "have a good one"),
        ],
    ),
    (
        "q14",
        "frozen yogurt shop",
        [],
        "order read back to confirm, same-shape questions about two different cups, and one repeat after the customer says sorry what",
        [
            (C, "hi what can i get started for you"),
            (
                U,
                "can i get a small tart with strawberries and mochee and a large chocolate with oreos",
            ),
            (
                C,
                "okay so a small tart with strawberries and mochi and a large chocolate with oreos",
            ),
            (U, "yeah exactly"),
            (C, "whipped cream on the small one"),
            (U, "no"),
            (C, "and on the large"),
            (U, "yes please"),
            (C, "is that for here or to go"),
            (U, "sorry its so loud in here what"),
            (C, "for here or to go"),
            (U, "oh for here"),
            (C, "cool thats eleven sixty"),
        ],
    ),
    (
        "q15",
        "craft store",
        [],
        "manager named for where she shelved stock and praised as a teacher; the customer repeats her own question; plain bag and receipt",
        [
            (C, "hi did you find everything okay"),
            (U, "mostly i couldnt find the chunky yarn in sage"),
            (
                C,
                "oh we just got more in my manager tina put it on the endcap by the fabric counter this morning",
            ),
            (
                C,
                "she runs the knitting circle on thursdays too shes literally the best teacher if youre into that",
            ),
            (U, "oh cool is the sage one wool"),
            (C, "its a wool blend like eighty percent wool"),
            (U, "nice"),
            (U, "wait sorry so is it wool or acrylic"),
            (C, "mostly wool with a little acrylic"),
            (C, "do you need a bag"),
            (U, "no i brought one"),
            (C, "okay nineteen eighty two and do you want the receipt"),
            (U, "sure"),
        ],
    ),
    (
        "q16",
        "bike shop",
        [],
        "one tailored recommendation (sealant tubes for thorns on the river path) plus relaxed bag and receipt questions",
        [
            (C, "hey how can i help"),
            (U, "i need two new tubes my tires keep going flat like every week"),
            (C, "oh man where are you riding"),
            (U, "the path by the river theres goat heads everywhere"),
            (C, "yeah the goat heads out there are brutal"),
            (
                C,
                "honestly for that id go with the slime tubes theyre like three bucks more but they seal little thorn holes on their own",
            ),
            (U, "oh nice yeah lets do those"),
            (C, "cool two slime tubes seven hundred by thirty two"),
            (U, "yep"),
            (C, "want a bag for those", {"pause": 6.0}),
            (U, "nah ill throw them in my backpack"),
            (C, "twenty three eighty", {"pause": 4.0}),
            (U, "here"),
            (C, "and you want the receipt", {"pause": 3.0}),
            (U, "sure"),
        ],
    ),
    (
        "q17",
        "campus bookstore",
        [],
        "buyback mentioned early and rewards points asked near the end, far apart in a relaxed finals-week chat",
        [
            (C, "hey hows it going"),
            (U, "good just finals week you know"),
            (C, "oh i feel that what are you finishing up"),
            (U, "stats final tomorrow then im done"),
            (C, "nice you got this"),
            (
                C,
                "oh by the way if you have books from this semester we do buyback next week at the side counter",
            ),
            (U, "oh good to know"),
            (U, "do you guys have blue books", {"pause": 8.0}),
            (C, "yeah right by the register how many"),
            (U, "two"),
            (C, "and are you in our rewards thing you can get points on this", {"pause": 25.0}),
            (U, "yeah its under my student id"),
            (C, "got it all set"),
            (C, "good luck tomorrow"),
        ],
    ),
    (
        "q18",
        "vet clinic front desk",
        [],
        "the bill read back item by item, the tech named for bringing the dog out, the customer's care question answered, split-payment questions",
        [
            (
                C,
                "okay so for milo today we have the exam the rabies booster and a three month supply of heartworm chews",
            ),
            (U, "yep"),
            (
                C,
                "maria our tech is bringing him out from the back in a sec she said he was a total champ",
            ),
            (U, "aw good boy"),
            (U, "how often does he need the chews"),
            (C, "once a month with food"),
            (C, "so thats two hundred twelve thirty"),
            (U, "can i split it across two cards"),
            (C, "sure how much on the first one"),
            (U, "a hundred"),
            (C, "okay and the rest on this one"),
            (U, "yep"),
            (C, "youre all set"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout138", HELDOUT138, 1381)
