# ruff: noqa: E501
"""Build the coach's held-out set 61: written BLIND by writer-61 BEFORE reading the engine, its lexicons, docs or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's skeleton were read); not scored by its writer.

Imagined authors and settings (US cities and suburbs, recogniser style: lower case,
no punctuation, no apostrophes, numbers as words): a Brooklyn bodega, an LA boba
shop, a Miami pharmacy, a Houston phone store, a Denver glass-counter tea and candle
shop laid out like a dispensary (legal goods only) and a Seattle bookstore.

Mix (aimed at precision; a false nudge costs more than a miss):
  4 gossip            (previous customer arrested, coworker's situationship seen on
                       her story, manager's marketplace side hustle with stock, the
                       cashier's own breakup with a roommate angle)
  4 repeated_question (already-answered service or small-talk questions asked again
                       in other words)
  3 rushed_upsell     (rewards number / round-up / flu shot / app; protection plan /
                       store card twenty percent off / bundle / app; membership / tote /
                       email / round-up), paced with R / RR
  7 unlabelled hard near-misses: warm family chat plus the cashier's harmless day;
    a colleague praised for a product and the manager named only for a rule; a
    customer who gossips while the cashier deflects; an order read back; a "sorry"
    re-ask plus different questions of the same shape; one tailored recommendation
    with the usual bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT61 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Brooklyn bodega", ["gossip"],
     "cashier tells the customer the previous customer was arrested for stealing packages, shares the group-chat video and his girlfriend's rent trouble",
     [
         (C, "yo what you need papi"),
         (U, "bacon egg and cheese on a roll and a coffee light and sweet"),
         (C, "got you salt pepper ketchup"),
         (U, "just salt and pepper"),
         (C, "you see the cops out front before you came in"),
         (U, "yeah what happened"),
         (C, "the guy right before you in the red hoodie they took him in he been stealing packages off stoops all up and down the block"),
         (C, "my cousin caught him on camera last week and posted it in the neighborhood group chat so everybody knew it was him"),
         (U, "damn"),
         (C, "and his girl came in here crying yesterday saying he owes her three months rent that dude is a mess"),
         (U, "wow okay"),
         (C, "six fifty for everything"),
     ]),
    ("q02", "LA boba shop", ["gossip"],
     "cashier overshares a coworker's situationship and what she posted on her close friends story",
     [
         (C, "hi welcome what can i get started for you"),
         (U, "can i get a medium brown sugar milk tea with boba"),
         (C, "yes of course what sugar level"),
         (U, "seventy five percent"),
         (C, "okay sorry if its slow its just me today my coworker kayla called out again"),
         (C, "honestly its because of this guy shes been talking to for like four months and he still wont call her his girlfriend"),
         (U, "oh no"),
         (C, "she posted a crying selfie on her close friends at two am and then last night he was at a party with his ex like hes so toxic and she keeps going back"),
         (U, "thats rough"),
         (C, "right anyway that will be six seventy five"),
     ]),
    ("q03", "Houston phone store", ["gossip"],
     "cashier slanders the manager: says he takes chargers out the back and sells them on marketplace, his wife posts the listings",
     [
         (C, "hey whats going on what can i help you with"),
         (U, "i need a fast charger for this phone the cable keeps cutting out"),
         (C, "okay the twenty watt one is right here its twenty nine ninety nine"),
         (U, "thats kind of a lot"),
         (C, "i know and between us my manager walks these out the back door by the box and sells them on facebook marketplace for fifteen"),
         (C, "he thinks nobody notices but inventory comes up short every single month and corporate keeps blaming us"),
         (U, "wait really"),
         (C, "oh yeah his wife even posts the listings from her account its wild"),
         (U, "huh well ill just take the one here"),
         (C, "cool tap whenever youre ready"),
     ]),
    ("q04", "Seattle bookstore", ["gossip"],
     "cashier tells her own private drama: dumped because her boyfriend is sleeping with her roommate, who posts about it",
     [
         (C, "hi just these three today"),
         (U, "yep and could i get a gift receipt"),
         (C, "sure i can print one sorry if im a little out of it today"),
         (U, "no worries"),
         (C, "my boyfriend dumped me on saturday and i found out its because hes been hooking up with my roommate"),
         (C, "and we all still live in the same apartment so i get to watch them make pancakes together every morning"),
         (U, "oh gosh im sorry"),
         (C, "she literally posted them at the farmers market sunday like nothing happened i had to mute her"),
         (U, "that sounds awful"),
         (C, "yeah anyway that comes to fifty one twenty and heres your gift receipt"),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Miami pharmacy", ["repeated_question"],
     "customer clearly said she has taken the medication for two years at the same dose; after fetching the bag the cashier asks whether it is new for her",
     [
         (C, "hi whats the last name for pickup"),
         (U, "ramirez"),
         (C, "okay and date of birth"),
         (U, "june fourth nineteen eighty"),
         (C, "got it have you taken this medication before"),
         (U, "yes ive been on it for about two years same dose"),
         (C, "perfect let me grab it from the back"),
         (C, "alright here it is is this a new prescription for you or have you been on it a while", {"pause": 6.0}),
         (U, "no i been on it two years"),
         (C, "oh okay do you have any questions for the pharmacist"),
         (U, "no im good"),
         (C, "your copay is ten dollars"),
     ]),
    ("q06", "Denver tea and candle counter", ["repeated_question"],
     "customer said at the start the purchase is a gift for her sister who just moved to Denver; the cashier later asks again who she is shopping for",
     [
         (C, "hey there welcome in is this for you or a gift"),
         (U, "its a gift my sister just moved out here from ohio"),
         (C, "aw nice denver is a great place to land"),
         (U, "yeah shes loving the mountains so far"),
         (C, "this cedar and sage candle is one of our best sellers"),
         (U, "ill take that and the honey chamomile tin"),
         (C, "great choices so are you shopping for yourself today or for somebody else"),
         (U, "for my sister"),
         (C, "oh right totally do you want them gift wrapped"),
         (U, "yes please"),
         (C, "thats forty two fifty"),
     ]),
    ("q07", "LA boba shop", ["repeated_question"],
     "customer answered iced; a few turns later the cashier asks again whether she wants it warm or over ice (a real re-ask, not a read-back)",
     [
         (C, "hey what can i get for you"),
         (U, "a large thai tea with lychee jelly"),
         (C, "hot or iced"),
         (U, "iced please"),
         (C, "and how sweet"),
         (U, "half sugar"),
         (C, "cool any toppings besides the lychee"),
         (U, "no thats it"),
         (C, "alright and do you want that one warm or over ice"),
         (U, "iced"),
         (C, "okay name for the order"),
         (U, "jess"),
         (C, "six twenty five"),
     ]),
    ("q08", "Houston phone store", ["repeated_question"],
     "customer said he has been with tmobile six years; the cashier asks again which carrier his line is on",
     [
         (C, "welcome in what brings you by today"),
         (U, "i want to see about upgrading my phone"),
         (C, "okay who are you with right now"),
         (U, "tmobile ive been with them like six years"),
         (C, "nice and what phone you got"),
         (U, "this old one the battery dies by lunch"),
         (C, "yeah those batteries go quick so which carrier is your line on currently"),
         (U, "tmobile"),
         (C, "okay let me pull up what upgrades you qualify for"),
         (U, "sounds good"),
     ]),
    # -------------------------------------------------------- rushed_upsell
    ("q09", "Miami pharmacy", ["rushed_upsell"],
     "rewards number, round-up for the childrens hospital, walk-in flu shot and app coupon fired back to back while the customer only manages um and no",
     [
         (C, "hi there just the vitamins and the sunscreen today"),
         (U, "yeah thats it"),
         (C, "perfect do you have your rewards number", RR),
         (U, "um", R),
         (C, "you can just type your phone number on the pad and would you like to round up for the childrens hospital", RR),
         (U, "i guess", R),
         (C, "and we have flu shots walk in today no appointment want me to put you down", RR),
         (U, "no im", R),
         (C, "and if you download our app you get five dollars off your next order", RR),
         (U, "okay just the card please"),
         (C, "sure go ahead and tap"),
     ]),
    ("q10", "Houston phone store", ["rushed_upsell"],
     "protection plan, store card with twenty percent off, case bundle and app sign-up fired in one burst before ringing up",
     [
         (C, "alright the new phone is all set up and activated"),
         (U, "cool how much do i owe today"),
         (C, "so before i ring it up you want to add the protection plan its eleven ninety nine a month covers cracked screens", RR),
         (U, "uh", R),
         (C, "and if you open our store card today you get twenty percent off the whole thing", RR),
         (U, "i dont", R),
         (C, "plus we got a case and screen protector bundle buy one get one half off", RR),
         (U, "hm", R),
         (C, "and download our app for rewards points i can scan you in right now", RR),
         (U, "can i just pay for the phone"),
         (C, "yeah of course that comes to eight hundred twelve forty"),
     ]),
    ("q11", "Seattle bookstore", ["rushed_upsell"],
     "membership, canvas tote, email for the newsletter and a literacy round-up fired one after another with one-word replies",
     [
         (C, "hey find everything okay"),
         (U, "yep just these two"),
         (C, "great are you a member with us its twenty five a year and you get ten percent back", RR),
         (U, "no", R),
         (C, "okay would you like to grab one of our canvas totes today theyre fifteen", RR),
         (U, "uh no thanks", R),
         (C, "can i get your email for the newsletter and digital receipts", RR),
         (U, "um", R),
         (C, "and would you like to round up for the library literacy fund", RR),
         (U, "sure whatever"),
         (C, "thirty four eighteen whenever youre ready"),
     ]),
    # ------------------------------------------------ hard near-misses, []
    ("q12", "Denver tea and candle counter", [],
     "NOT gossip: warm chat about the customer's own daughter's graduation and party, and the cashier's harmless morning walking her dog",
     [
         (C, "good afternoon how is your day going"),
         (U, "pretty good my daughter graduates from cu boulder on saturday so were running around"),
         (C, "oh congratulations what did she study"),
         (U, "environmental engineering she already has a job lined up in fort collins"),
         (C, "thats amazing you must be so proud"),
         (U, "we are were throwing her a little party in the backyard"),
         (C, "that sounds so fun my day has been easy honestly i got to walk my dog by the creek before my shift and the weather is perfect"),
         (U, "it really is"),
         (C, "so just the three gift tins today"),
         (U, "yep for her roommates"),
         (C, "thats thirty six even have a great time saturday"),
     ]),
    ("q13", "Seattle bookstore", [],
     "NOT gossip: a colleague is praised for her book knowledge (helpful product context) and the manager is named only for the hold rule",
     [
         (C, "hi did you find what you were looking for"),
         (U, "mostly i wanted something for my nephew hes twelve and into fantasy"),
         (C, "oh you should talk to priya shes our kids buyer and she has read basically everything in that section"),
         (U, "she already helped me actually she picked this one"),
         (C, "good call priya knows her stuff that series is huge with middle schoolers right now"),
         (U, "awesome i also wanted to put a hold on the new one that comes out next week"),
         (C, "sure my manager has us hold preorders for seven days after release so just come grab it within the week"),
         (U, "that works"),
         (C, "okay name for the hold"),
         (U, "dan okafor"),
         (C, "great thats eighteen ninety nine for today"),
     ]),
    ("q14", "Brooklyn bodega", [],
     "NOT gossip: the customer gossips at length about a neighbour's affair; the cashier declines every time and steers back to the sale",
     [
         (U, "hey lemme get a pack of the orbit gum and a water"),
         (C, "sure thing"),
         (U, "did you hear about the lady on the third floor of my building"),
         (C, "nah i dont really keep up"),
         (U, "she got a different guy over every night while her husband works overnights at the hospital everybody in the building knows"),
         (C, "i dont know nothing about that boss"),
         (U, "and her kid told my kid shes moving to jersey with one of them i swear that building is a soap opera"),
         (C, "not my business man you want a bag for the water"),
         (U, "nah im good"),
         (C, "three twenty five"),
         (U, "here you go"),
         (C, "have a good one"),
     ]),
    ("q15", "LA boba shop", [],
     "NOT a repeat: the cashier reads the two-drink order back once to confirm it",
     [
         (C, "hi welcome what can i get for you guys"),
         (U, "can we do a large taro with boba half sugar and a medium jasmine green tea less ice no sugar"),
         (C, "and for the taro any extra toppings"),
         (U, "add pudding"),
         (C, "okay so thats one large taro with boba and pudding half sugar and one medium jasmine green less ice zero sugar"),
         (U, "yep thats right"),
         (C, "cool name for the order"),
         (U, "alex"),
         (C, "thirteen fifty"),
     ]),
    ("q16", "Miami pharmacy", [],
     "NOT a repeat: the cashier re-asks the name because the customer did not hear in the noise, then asks different what-is questions (date of birth, address) and repeats the copay after a sorry",
     [
         (C, "hi whats the last name for the pickup"),
         (U, "sorry what was that its loud in here"),
         (C, "what last name is the prescription under"),
         (U, "oh gonzalez"),
         (C, "whats the date of birth"),
         (U, "october twelfth nineteen sixty two"),
         (C, "and whats the address we have on file"),
         (U, "four oh nine northeast second avenue"),
         (C, "perfect your copay is five dollars"),
         (U, "sorry"),
         (C, "five dollars"),
         (U, "okay here you go"),
     ]),
    ("q17", "Denver tea and candle counter", [],
     "NOT rushed: one recommendation tailored to the husband's coffee habit, then the usual bag and receipt questions spread out over relaxed chat",
     [
         (C, "hey welcome in let me know if you need anything"),
         (U, "actually yeah my husband drinks a ton of black coffee and im trying to get him into tea"),
         (C, "oh then id go with the lapsang souchong its smoky and bold so it hits kind of like a dark roast"),
         (U, "ooh that sounds right up his alley ill grab the small tin"),
         (C, "do you want a bag for it"),
         (U, "no its fine ill toss it in my purse"),
         (C, "start him with a short steep like three minutes or itll get bitter"),
         (U, "good tip is it okay with milk"),
         (C, "some people do a splash honestly its good either way thatll be fourteen dollars"),
         (U, "card"),
         (C, "and did you want your receipt", {"pause": 4.0}),
         (U, "no thanks"),
         (C, "enjoy i hope he likes it"),
     ]),
    ("q18", "Brooklyn bodega", [],
     "NOT rushed: two offers (plantains deal, empanadas to try next time) far apart in a relaxed chat about the customer's grandmother",
     [
         (C, "whats good mami how was the trip"),
         (U, "so good we went to santo domingo to see my grandma she turned ninety"),
         (C, "ninety wow god bless"),
         (U, "she still makes the best sancocho"),
         (C, "ha i believe it what you getting today"),
         (U, "a can of cafe bustelo the eggs and a gallon of milk"),
         (C, "we got the platanos two for a dollar today if you want some for the week"),
         (U, "oh yes give me four"),
         (C, "so your grandma still cooking every day"),
         (U, "every day she dont let nobody in the kitchen"),
         (C, "thats how my abuela was too they run the house"),
         (U, "for real"),
         (C, "alright card went through oh and my wife is making empanadas now they by the register if you want to try one next time", {"pause": 20.0}),
         (U, "next time for sure"),
     ]),
]


def _check(conversations):
    ids = [c[0] for c in conversations]
    assert ids == [f"q{i:02d}" for i in range(1, 19)], ids
    for cid, _shop, _kinds, why, turns in conversations:
        assert why, cid
        assert 6 <= len(turns) <= 14, (cid, len(turns))
        for t in turns:
            assert re.fullmatch(r"[a-z ]+", t[1]), (cid, t[1])


if __name__ == "__main__":
    _check(HELDOUT61)
    build("heldout61", HELDOUT61, 611)
