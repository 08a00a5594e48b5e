# ruff: noqa: E501
"""Build the coach's held-out set 100: written by writer-100 BLIND, before reading the engine, its lexicons, the docs or the other held-out sets (only the shared conversations README, the note style of build_dev.py, build_heldout678.py's helpers for the format and build_heldout31.py as a file skeleton were read); not scored by its writer.

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words): hair and beauty reception counters, nail bars and
barbers' retail shelves in the US and UK: a Chicago hair salon, a Manchester nail
bar, an Atlanta braiding studio, a Leeds barber's, a Miami spa front desk and a
Birmingham beauty supply shop.

Mix (aimed at precision): 4 gossip (stylist's affair with a client's husband, a
previous client who never tips, the owner's tax trouble, the receptionist's own
custody fight), 4 repeated_question (occasion of the appointment twice, been in
before, shade used at home), 3 rushed_upsell (shampoo bundle, prepaid sessions,
gift voucher, next visit booking, social media review, product of the month,
loyalty card, app, email), and 7 unlabelled hard near-misses: warm personal chat,
a colleague praised in a product context with the manager named only for a rule,
a customer who gossips while the receptionist deflects, a booking read back to
confirm it, a "sorry" re-ask plus different questions of the same shape, one
tailored recommendation with the bag and receipt questions, and two offers far
apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT100 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Chicago hair salon reception",
        ["gossip"],
        "receptionist tells a client that a stylist had an affair with another client's husband and that the wife made a scene",
        [
            (C, "hi there how was everything with dana today"),
            (U, "really good i love the layers"),
            (C, "she does the best layers okay so a cut and blow dry comes to eighty five"),
            (U, "sure here is my card"),
            (C, "so between you and me do you know why marco was out all last week"),
            (U, "no i didnt even know he was gone"),
            (
                C,
                "one of his regulars found out he was sleeping with her husband and she came in here screaming at him in front of the whole floor",
            ),
            (U, "oh wow thats um a lot"),
            (
                C,
                "and the husband still comes in for his beard trim every other thursday like nothing happened can you believe that guy",
            ),
            (U, "i guess not could i just get my receipt"),
            (C, "sure here you go"),
        ],
    ),
    (
        "q02",
        "Manchester nail bar",
        ["gossip"],
        "technician runs down the previous client as someone who never tips and whom all the staff avoid",
        [
            (C, "hiya come through youre my half two arent you"),
            (U, "yeah gel refill please"),
            (C, "lovely sorry about the wait the woman before you took forever"),
            (U, "no worries"),
            (
                C,
                "honestly shes in every fortnight wants full nail art changes her mind three times and never leaves a penny tip not once in two years",
            ),
            (U, "oh right"),
            (
                C,
                "and if you so much as smudge one she puts a one star review up all the girls draw straws so they dont get her",
            ),
            (U, "um can i have the same colour as last time please"),
            (C, "course the cherry red let me find it"),
            (U, "thanks"),
        ],
    ),
    (
        "q03",
        "Miami spa front desk",
        ["gossip"],
        "receptionist blurts out the owner's tax trouble with the irs and the risk of losing the building",
        [
            (C, "welcome back how was the hot stone massage"),
            (U, "amazing i feel like jelly"),
            (C, "so glad to hear it thatll be one hundred and twenty before tip"),
            (U, "okay put it on this card"),
            (
                C,
                "sorry the machine is slow we had to switch processors because the irs froze the owners business account",
            ),
            (U, "oh"),
            (
                C,
                "yeah apparently he hasnt filed properly in like three years and they might take the building everybody back there is freaking out",
            ),
            (U, "that sounds stressful"),
            (C, "dont tell anyone i said that okay youre all set"),
            (U, "thanks have a good one"),
        ],
    ),
    (
        "q04",
        "Atlanta braiding studio",
        ["gossip"],
        "receptionist overshares her own custody fight: family court, her ex, his new girlfriend's claims, money for a lawyer",
        [
            (C, "hey girl you checking in for two oclock"),
            (U, "yes with tasha for the goddess locs"),
            (C, "okay she running about ten minutes behind"),
            (U, "thats fine"),
            (
                C,
                "sorry if im all over the place today i was in family court all morning my ex is trying to take my babies full time",
            ),
            (U, "oh im sorry"),
            (
                C,
                "his lawyer stood up and said i work too late and his new girlfriend told the judge i dont feed them right i almost lost it in there",
            ),
            (U, "that must be hard"),
            (
                C,
                "next hearing is in march and i cant even afford my own lawyer anyway you want some water while you wait",
            ),
            (U, "no im okay thank you"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Atlanta braiding studio",
        ["repeated_question"],
        "asks what the braids are for again in other words after the client clearly said her best friend's wedding",
        [
            (C, "hi welcome to crown and coil who are you seeing today"),
            (U, "im booked with nia for the boho knotless"),
            (C, "nice is this for something special"),
            (U, "yes my best friends wedding next saturday im a bridesmaid"),
            (C, "okay let me get you signed in can i see the card you booked with"),
            (U, "here you go"),
            (C, "thank you and are you bringing your own hair or using ours"),
            (U, "using yours the colour thirty"),
            (C, "perfect so what are you getting all done up for"),
            (U, "the wedding i said my friends wedding"),
            (C, "oh right okay have a seat she will be right out"),
        ],
    ),
    (
        "q06",
        "Leeds barber's",
        ["repeated_question"],
        "asks whether it is his first time in after he said he has been coming for two years; 'how short on top' is a different question",
        [
            (C, "alright mate whats it gonna be"),
            (U, "skin fade and a beard tidy please"),
            (C, "sound have you been in with us before"),
            (U, "yeah loads ive been coming here about two years"),
            (C, "nice one take a seat ill be with you in five"),
            (U, "cheers"),
            (C, "right come on over how short do you want the top"),
            (U, "just take an inch off"),
            (C, "no bother is it your first time in here then"),
            (U, "no like i said ive been coming for two years"),
            (C, "oh aye course"),
        ],
    ),
    (
        "q07",
        "Birmingham beauty supply shop",
        ["repeated_question"],
        "asks again which colour she uses at home after she gave the shade number; permanent-or-semi and tint brush are different questions",
        [
            (U, "hiya im looking for a home dye kit to cover my roots"),
            (C, "what shade do you normally use at home"),
            (U, "four point three the golden brown"),
            (C, "we have that in the permanent and the semi which one are you after"),
            (U, "permanent please"),
            (C, "okay here it is did you need a tint brush with it"),
            (U, "no ive got one"),
            (C, "so what colour is it youre putting on at home at the minute"),
            (U, "four point three i just said the golden brown"),
            (C, "oh sorry yes thats eight ninety nine then"),
        ],
    ),
    (
        "q08",
        "Miami spa front desk",
        ["repeated_question"],
        "asks what the couple are celebrating after they said their tenth anniversary; the allergy question is a different one",
        [
            (C, "good afternoon welcome to palm and stone do you have a reservation"),
            (U, "yes under rodriguez the couples massage at three"),
            (C, "perfect i see it is it a special occasion today"),
            (U, "yes its our tenth anniversary"),
            (
                C,
                "how lovely i will put a note in for the therapists could you fill out this health form",
            ),
            (U, "sure"),
            (C, "do either of you have any allergies to nuts or essential oils"),
            (U, "no neither of us"),
            (C, "great and what are we celebrating with you two today"),
            (U, "um our anniversary like i said"),
            (C, "of course happy anniversary the robes are just through there"),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Chicago hair salon reception",
        ["rushed_upsell"],
        "shampoo bundle, prepaid blowout package, booking the next visit and an instagram review fired off back to back with one-word replies",
        [
            (C, "all done you look amazing so thats sixty five for the cut"),
            (U, "great thanks"),
            (
                C,
                "would you like to take home the shampoo and conditioner bundle its thirty percent off today",
                RR,
            ),
            (U, "oh no im okay", R),
            (C, "we also have a package of five prepaid blowouts that saves you fifty bucks", R),
            (U, "maybe another time", R),
            (C, "and can i go ahead and book your next visit for six weeks out", R),
            (U, "um not right now", R),
            (C, "and if you leave us a review on instagram you get ten percent off next time", R),
            (U, "okay sure", R),
            (C, "perfect tap your card whenever youre ready", R),
        ],
    ),
    (
        "q10",
        "Manchester nail bar",
        ["rushed_upsell"],
        "product of the month, gift vouchers, loyalty card and booking the next infill in quick succession",
        [
            (C, "thats your gels done love twenty eight pounds please"),
            (U, "lovely ta"),
            (
                C,
                "have you tried our product of the month its a cuticle oil pen only six ninety nine",
                RR,
            ),
            (U, "no im alright", R),
            (C, "we do gift vouchers as well if youve got any birthdays coming up", R),
            (U, "not really", R),
            (C, "and do you want a loyalty card your tenth set is free", R),
            (U, "go on then", R),
            (C, "and shall i book your infill in now for three weeks", R),
            (U, "erm i dont know my shifts yet", R),
            (C, "no worries card or cash", R),
        ],
    ),
    (
        "q11",
        "Birmingham beauty supply shop",
        ["rushed_upsell"],
        "hair care three-for-two, app points, email capture and a half-price bonnet pushed at a customer buying one edge control",
        [
            (U, "just this edge control please"),
            (
                C,
                "thats five ninety nine do you want the shampoo bundle its three for two on the whole hair care range",
                RR,
            ),
            (U, "no thanks", R),
            (C, "have you downloaded our app you get points on everything", R),
            (U, "no", R),
            (C, "whats your email address we can send you our offers", R),
            (U, "id rather not", R),
            (C, "and would you like to add a satin bonnet theyre half price this week", R),
            (U, "just the edge control please", R),
            (C, "okay pop your card in", R),
        ],
    ),
    # ------------------------------------------- unlabelled hard near-misses
    (
        "q12",
        "Leeds barber's",
        [],
        "NOT gossip: warm chat about the customer's son's graduation and the barber's harmless busy morning",
        [
            (C, "now then what are we doing today"),
            (
                U,
                "just a tidy up really my lad graduates on friday so i want to look smart for the photos",
            ),
            (C, "oh brilliant congratulations what did he study"),
            (U, "engineering up in newcastle first one in the family to go to uni"),
            (C, "you must be dead proud well get you looking sharp for it"),
            (U, "cheers my wife says i look like a yeti at the minute"),
            (
                C,
                "ha well sort that out its been a mad morning in here mind we had a queue out the door before nine",
            ),
            (U, "must be the sunshine bringing everyone out"),
            (C, "must be right thats fifteen pound please", {"pause": 20.0}),
            (U, "there you go keep the change"),
            (C, "cheers mate enjoy the graduation"),
        ],
    ),
    (
        "q13",
        "Birmingham beauty supply shop",
        [],
        "NOT gossip: a colleague praised as the wig expert for a product question, the manager named only for the no-returns hygiene rule",
        [
            (U, "hiya im after some lace glue for a wig but ive never fitted one before"),
            (
                C,
                "oh youll want priya shes our wig expert she does the install videos for our page shes brilliant",
            ),
            (U, "amazing is she in today"),
            (C, "yeah shes on the till at the back ill give her a shout"),
            (U, "thanks and can i bring the glue back if its the wrong one"),
            (
                C,
                "sorry once its opened we cant take it back our manager mr ahmed says no returns on adhesives for hygiene",
            ),
            (U, "fair enough"),
            (C, "but priya will make sure you get the right one first time"),
            (U, "great thank you"),
        ],
    ),
    (
        "q14",
        "Miami spa front desk",
        [],
        "NOT gossip: the CUSTOMER gossips at length about a neighbour's surgery and marriage; the receptionist deflects each time and does not join in",
        [
            (U, "hi im here for my pedicure at eleven"),
            (C, "welcome you are all checked in"),
            (
                U,
                "did you see carla from my building was in here yesterday she tells everyone she went to costa rica but i know for a fact she had her eyes done",
            ),
            (C, "oh i really couldnt say can i get you some cucumber water while you wait"),
            (U, "and her husband is never home you know people talk"),
            (
                C,
                "i try to stay out of all that would you like the regular or the deluxe pedicure today",
            ),
            (
                U,
                "the regular and honestly the whole building is saying he has a girlfriend in boca",
            ),
            (
                C,
                "well i hope everyone is doing okay your technician will be with you in two minutes",
            ),
            (U, "okay thanks"),
            (C, "take a seat right over here"),
        ],
    ),
    (
        "q15",
        "Atlanta braiding studio",
        [],
        "NOT a repeat: the receptionist reads the booking back once to confirm it; each detail was asked only once",
        [
            (U, "hi i want to book medium knotless braids waist length with the curly ends"),
            (C, "okay got you do you want us to provide the hair"),
            (U, "yes please in colour one b"),
            (C, "and what day works for you"),
            (U, "saturday morning if you have it"),
            (C, "i have nine am with keisha"),
            (U, "perfect"),
            (
                C,
                "okay let me read that back medium knotless waist length curly ends hair provided in one b saturday nine am with keisha is that all correct",
            ),
            (U, "yes thats right"),
            (C, "great the deposit is fifty dollars and the rest is due on the day"),
            (U, "okay here is my card"),
            (C, "all set we will text you a reminder on friday"),
        ],
    ),
    (
        "q16",
        "Manchester nail bar",
        [],
        "NOT a repeat: colour asked again only because the client did not hear over the dryer ('sorry'), then shape, length and gel are different questions of the same shape",
        [
            (C, "right sit yourself down what colour are we going for today"),
            (U, "sorry its so loud in here with that dryer"),
            (C, "no worries what colour would you like"),
            (U, "oh that dusty pink one on the wall"),
            (C, "lovely what shape do you want them"),
            (U, "almond please"),
            (C, "and what length are we going for"),
            (U, "keep them short i type all day"),
            (C, "and did you want gel or normal polish"),
            (U, "gel please"),
            (C, "perfect thatll be twenty five pounds when were done"),
        ],
    ),
    (
        "q17",
        "Chicago hair salon retail shelf",
        [],
        "NOT rushed: one tailored recommendation (purple shampoo after going lighter) and the usual bag and receipt questions, unhurried",
        [
            (U, "hi can i just grab this dry shampoo"),
            (C, "sure thing how did your color come out today"),
            (U, "really good i love it"),
            (
                C,
                "it looks great since you went lighter you might want a purple shampoo to keep the brass out but only if you start seeing yellow",
            ),
            (U, "oh good idea ill take one of those too"),
            (C, "okay so thats forty two dollars all together do you need a bag"),
            (U, "no ive got my tote"),
            (C, "and did you want your receipt"),
            (U, "yes please"),
            (C, "here you go see you next time"),
        ],
    ),
    (
        "q18",
        "Leeds barber's",
        [],
        "NOT rushed: two offers (beard balm at the start, loyalty card at the till) far apart, with a relaxed holiday chat and the haircut in between",
        [
            (C, "right then same as usual"),
            (U, "yeah number two on the sides please"),
            (
                C,
                "no bother weve got a new beard balm in if you fancy trying some after its cedar and lime",
            ),
            (U, "maybe ill see how it smells"),
            (C, "how was your holiday in the end you were off to whitby werent you"),
            (U, "aye it was great fish and chips every night and the dog loved the beach"),
            (C, "ha cant beat it did the weather hold"),
            (U, "mostly bit of rain on the thursday"),
            (C, "thats yorkshire for you"),
            (C, "right have a look in the mirror hows that", {"pause": 25.0}),
            (U, "spot on cheers"),
            (
                C,
                "thats fourteen pound and we do a loyalty card if you want one every sixth cut is free",
                {"pause": 4.0},
            ),
            (U, "go on then"),
            (C, "there you go stamped see you in a month"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout100", HELDOUT100, 1001)
