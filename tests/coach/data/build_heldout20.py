# ruff: noqa: E501
"""Build the coach's held-out set 20: written by writer-20 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py was read, for the format); scored once before any change for it.

Imagined authors, none of them the author of the rules:
  a Cornish fishmonger and a Devon farm-shop assistant (older, slow, folksy),
  a Leicester Gujarati-British newsagent, an Edinburgh museum gift shop,
  and the counters of a vet reception, a tyre fitter, a wedding-dress shop,
  a funeral florist, an allotment/seed shop, a school-uniform shop and a camping shop.

Recogniser style throughout: lower case, no punctuation, numbers as words.
16 conversations: 5 gossip, 5 repeated_question, 2 rushed_upsell, 4 hard "not" cases
(customer gossips while the cashier deflects; colleague and boss named helpfully;
"sorry" re-ask plus two different questions of the same shape; one tailored suggestion).
Gossip is written without stock phrases and some of it is spread over two or three
milder cashier turns; two repeats share no content word with the first question, one
is a statement with a tag, one gets the same answer twice.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT20 = [
    ("m01", "cornish fishmonger", ["gossip"], "previous customer's wife left him, drinking, debts; spread over three turns", [
        (U, "morning could i have two nice bits of hake"),
        (C, "course you can my bird let me find you the thick end"),
        (C, "see that fella who just went out with the crab he used to come in with his wife every saturday"),
        (U, "oh right"),
        (C, "not no more she upped and left him for the bloke who runs the surf school and he is drinking himself silly down the ship most nights"),
        (U, "oh dear"),
        (C, "poor soul owes half the harbour money an all"),
        (U, "how much is that for the hake"),
        (C, "that is nine pound forty my lovely"),
    ]),
    ("m02", "devon farm shop", ["gossip"], "owner's money troubles and marriage, slow and folksy", [
        (U, "afternoon a dozen eggs and a pot of the clotted cream please"),
        (C, "there you are my dear lovely day for it"),
        (U, "it is isnt it"),
        (C, "make the most of it mind i dont know how much longer we will be open the way mister hext carries on"),
        (U, "oh"),
        (C, "he has been borrowing off his own brother to keep the lights on and his wife has moved into the holiday cottage on her own"),
        (U, "goodness"),
        (C, "they dont speak a word to each other now she leaves his tea on the doorstep"),
        (U, "well how much do i owe you"),
        (C, "six pound twenty please"),
    ]),
    ("m03", "leicester newsagent", ["gossip"], "a local shopkeeper's son lost the wedding money, engagement off", [
        (U, "twenty pounds on the gas key please and the mercury"),
        (C, "no problem bhai put the key in there for me"),
        (U, "there you go"),
        (C, "you know rakesh from the sweet mart on the corner"),
        (U, "yeah a bit"),
        (C, "his son only went and lost all the wedding money on those betting apps the whole family is in uproar"),
        (U, "oh no"),
        (C, "and the girls side have called the engagement off now nobody on the road is talking about anything else"),
        (U, "right okay is the key done"),
        (C, "yes all done twenty on the gas and the paper is one eighty"),
    ]),
    ("m04", "wedding-dress shop", ["gossip"], "seamstress colleague's husband's affair, crying at work", [
        (C, "so that is the ivory one with the lace sleeves lovely choice"),
        (U, "thank you i am so relieved"),
        (C, "our seamstress will do the alterations although she is in a right state this week"),
        (U, "oh is she okay"),
        (C, "her husband has been seeing someone from his work for a year and she only found out from his phone bill"),
        (U, "oh gosh"),
        (C, "she has been sleeping at her mums and crying in the stockroom between brides honestly it is carnage"),
        (U, "right so when is the first fitting"),
        (C, "let me book you in for the fourteenth"),
    ]),
    ("m05", "camping shop", ["gossip"], "cashier's own break-up, locked out, rent row on facebook", [
        (U, "hi just these tent pegs and a gas canister"),
        (C, "nice off anywhere good"),
        (U, "dartmoor for the weekend"),
        (C, "lucky you i could do with a weekend away from my flat to be honest"),
        (U, "ha yeah"),
        (C, "my girlfriend kicked me out on tuesday and changed the locks while i was on shift"),
        (U, "oh"),
        (C, "now she reckons i owe her three months rent and she has put it all over facebook my mum is livid"),
        (U, "sorry to hear that"),
        (C, "that is fourteen ninety nine altogether"),
    ]),
    ("m06", "vet reception", ["repeated_question"], "age asked, then birth year asked; no shared content word", [
        (C, "morning who have we got today"),
        (U, "this is bramble she is in for her booster"),
        (C, "lovely and how old is bramble now"),
        (U, "she turned nine in march"),
        (C, "any change in her eating or drinking"),
        (U, "no she is fine"),
        (C, "is she still on the joint supplement"),
        (U, "yes the chewy ones"),
        (C, "and what year was she born roughly"),
        (U, "she is nine so twenty sixteen"),
    ]),
    ("m07", "tyre fitter", ["repeated_question"], "tyre size given, later re-checked as a tag statement", [
        (U, "i rang earlier about a front tyre for the corsa"),
        (C, "yep what size is on there at the moment"),
        (U, "one eighty five fifty five r fifteen"),
        (C, "we have got a budget one and a mid range"),
        (U, "mid range please"),
        (C, "do you want the tracking checked while it is up on the ramp"),
        (U, "go on then"),
        (C, "so its a fifteen inch rim then is it"),
        (U, "yes like i told you"),
    ]),
    ("m08", "school-uniform shop", ["repeated_question"], "school year asked twice, same answer twice", [
        (C, "hiya who are we kitting out today"),
        (U, "my son he starts at beaumont in september"),
        (C, "exciting what year is he going into"),
        (U, "year seven"),
        (C, "the blazer in thirty two chest should fit him with room to grow"),
        (U, "lovely and two of the grey jumpers"),
        (C, "do you want his name sewn in it is three pound a garment"),
        (U, "no thanks i will do it"),
        (C, "and he will be in which year then"),
        (U, "year seven"),
    ]),
    ("m09", "funeral florist", ["repeated_question"], "service day asked, later funeral date asked; no shared content word", [
        (C, "hello love come in how can i help"),
        (U, "i need to order a wreath for my dad"),
        (C, "i am so sorry for your loss"),
        (U, "thank you"),
        (C, "when is the service"),
        (U, "next friday at eleven at the crematorium"),
        (C, "would you like lilies or something more seasonal"),
        (U, "he loved sweet peas if you can"),
        (C, "i can do that and what date is the funeral"),
        (U, "next friday like i said"),
    ]),
    ("m10", "edinburgh museum gift shop", ["repeated_question"], "membership asked, then members card asked again", [
        (C, "hiya just the tea towel and the postcards"),
        (U, "yes please"),
        (C, "are you a member of the museum at all"),
        (U, "no we are just visiting"),
        (C, "where have you come from the day"),
        (U, "leeds"),
        (C, "oh nice and is it a gift or for yourself"),
        (U, "for my mum"),
        (C, "do you have a members card with us"),
        (U, "no as i said we are not members"),
    ]),
    ("m11", "allotment seed shop", ["rushed_upsell"], "manure offer, loyalty card, email, donation in a burst", [
        (U, "just the seed potatoes please"),
        (C, "lovely do you want to add a bag of the pelleted chicken manure its two for one this week", RR),
        (U, "no ta", R),
        (C, "have you got our green fingers loyalty card you get a stamp every ten pounds", R),
        (U, "no", R),
        (C, "can i grab your email for the planting newsletter", R),
        (U, "um no", R),
        (C, "and would you like to give a pound to the community allotment fund", R),
        (U, "no thanks", R),
    ]),
    ("m12", "camping shop", ["rushed_upsell"], "batteries, cover plan, app, postcode, gas deal", [
        (U, "just this head torch"),
        (C, "do you need batteries for that we do a four pack for three pound", RR),
        (U, "no", R),
        (C, "want the two year cover on it its only four ninety nine", R),
        (C, "and have you downloaded our app you get ten percent off next time", R),
        (U, "nope", R),
        (C, "whats your postcode", R),
        (U, "er", R),
        (C, "we are also doing buy one get one half price on gas canisters want any", R),
    ]),
    ("m13", "cornish fishmonger", [], "NOT gossip: customer gossips about a neighbour's boy, cashier deflects", [
        (U, "couple of mackerel please my handsome"),
        (C, "there we are lovely fresh off the boat this morning"),
        (U, "here that maureen from up top of the hill has had the police round again her boy is in bother"),
        (C, "oh i wouldnt know about that my love"),
        (U, "they reckon he pinched a car off the quay"),
        (C, "not for me to say now do you want them filleted or whole"),
        (U, "filleted please"),
        (C, "righto that is four pound fifty"),
    ]),
    ("m14", "devon farm shop", [], "NOT gossip: colleague makes the chutney, boss's tip on new potatoes", [
        (U, "is this chutney made here"),
        (C, "it is my dear our janet makes it up in the kitchen out the back every tuesday"),
        (U, "it is lovely"),
        (C, "she does a green tomato one an all if you want i can get her to put a jar by for you"),
        (U, "oh yes please"),
        (C, "and the boss said to tell folk the new potatoes are just in from the top field"),
        (U, "i will take a bag then"),
        (C, "that is seven pound ten altogether"),
    ]),
    ("m15", "vet reception", [], "NOT repeat: 'sorry' re-ask, then two different 'when did he last' questions", [
        (C, "whats the surname please"),
        (U, "sorry"),
        (C, "what name is the pet registered under"),
        (U, "okafor"),
        (C, "and is it the cat or the rabbit today"),
        (U, "the rabbit"),
        (C, "when did he last have his nails clipped"),
        (U, "about two months ago"),
        (C, "and when did he last have his vaccination"),
        (U, "in january"),
    ]),
    ("m16", "edinburgh museum gift shop", [], "NOT rushed: one tailored suggestion, bag and receipt spread out", [
        (U, "could i get this book on the picts please"),
        (C, "of course its a good one that"),
        (U, "my son is doing them at school"),
        (C, "oh if hes into the picts we have a wee activity book on the carved stones over by the door he might like that"),
        (U, "oh i will have a look"),
        (C, "no rush"),
        (U, "i will take it too"),
        (C, "lovely thats twenty two fifty do you need a bag"),
        (U, "yes please"),
        (C, "there you go and the receipts in the bag"),
    ]),
]

if __name__ == "__main__":
    build("heldout20", HELDOUT20, 201)
