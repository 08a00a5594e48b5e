# ruff: noqa: E501
"""Build the coach's held-out set 22: written by writer-22 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py was read, for the format); scored once before any change for it.

Imagined authors: recogniser-style text (lower case, no punctuation, numbers as
words) with realistic recognition slips (dropped words, 'gonna', 'wanna',
misheard names), transcribed at a motorway petrol station at night, a hospital
shop, an airport duty-free till, a garden-centre cafe, a post office counter, a
DIY trade counter, a butcher's, a cinema and a supermarket self-checkout helper
point. Cashiers ramble at times. Labels follow /work/shared/conversations/README.md.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT22 = [
    # --- gossip -------------------------------------------------------------
    ("p01", "motorway petrol station, night", ["gossip"], "previous customer: paid in coppers, sleeping in his van, wife threw him out, drinking", [
        (C, "evening pump four was it"),
        (U, "yeah pump four and a coffee"),
        (C, "no worries the machines just warming up sorry about the wait that bloke in front of you took ages he paid for his diesel all in two pence pieces counting them out one by one and hes been parked up in the lorry bay three nights running now i reckon his wife has chucked him out"),
        (U, "right"),
        (C, "yeah same jumper on all week and he was in at six stinking of drink not being funny but"),
        (U, "how much is that then"),
        (C, "sixty two forty with the coffee"),
        (U, "card please"),
        (C, "pop it in there when youre ready"),
    ]),
    ("p02", "hospital shop", ["gossip"], "colleague's affair hinted at mildly over three cashier turns", [
        (U, "just the grapes and a get well card please"),
        (C, "lovely who are they for"),
        (U, "my dad hes on ward nine"),
        (C, "oh ward nine thats where our sharon goes on her break every day and it isnt for the vending machine"),
        (U, "oh right"),
        (C, "theres a certain porter up there with a wedding ring on lets just say shes got a husband at home who thinks shes doing overtime"),
        (U, "mm"),
        (C, "i shouldnt laugh her fella came in friday looking for her bless him anyway thats four pound twenty"),
        (U, "here you go"),
        (C, "thanks love hope your dad feels better soon"),
    ]),
    ("p03", "airport duty-free till", ["gossip"], "slags off the manager: nephew gets shifts, can't work the tills, complaints", [
        (C, "can i see your boarding pass please"),
        (U, "yeah here"),
        (C, "lovely malaga nice one youll get the last of the sun ignore the queue by the way were two down tonight because our manager gave the good shifts to his nephew again and sent the rest of us home the man is an absolute joke he cant even work the tills himself"),
        (U, "oh dear"),
        (C, "head office have had three complaints about him this year alone and they still wont shift him my mate reckons hes related to somebody upstairs"),
        (U, "is that everything scanned"),
        (C, "yep thats forty eight pound fifty"),
        (U, "contactless"),
    ]),
    ("p04", "butcher's", ["gossip"], "regular's unpaid tab and her son back in prison", [
        (U, "can i get a pound of the lambs liver please"),
        (C, "course you can funny youre the second one for liver today mrs cartwright from the flats was in first thing"),
        (U, "oh was she"),
        (C, "she was and shes still not settled her slate from christmas mind owes us near on eighty quid and there she is in a brand new coat and her son hes back inside again for the car thing everyone on that road knows"),
        (U, "i wouldnt know"),
        (C, "no well youre better off thats three sixty"),
        (U, "there you go"),
    ]),
    ("p05", "garden-centre cafe", ["gossip"], "cashier's own break-up drama spread over three turns", [
        (U, "a pot of tea for two and a slice of the lemon drizzle"),
        (C, "coming up sorry if im a bit slow im gonna be rubbish today my heads all over the place"),
        (U, "oh no"),
        (C, "me and my boyfriend finished on sunday after six years and now hes only gone and moved in with my best mate from school"),
        (U, "oh goodness"),
        (C, "and my mum keeps ringing telling me i drove him to it and my sister wont speak to me cause she sides with her honestly i havent slept i was crying in the walk in fridge this morning"),
        (U, "im sorry to hear that how much do i owe you"),
        (C, "six pound eighty ill bring the cake over to your table"),
    ]),
    # --- repeated_question --------------------------------------------------
    ("p06", "post office counter", ["repeated_question"], "destination asked again with no shared content word; same answer", [
        (C, "morning what have we got"),
        (U, "just this parcel please"),
        (C, "pop it on the scale for me wheres it off to"),
        (U, "spain my daughters in madrid"),
        (C, "lovely any batteries or liquids or anything like that inside"),
        (U, "no its just clothes"),
        (C, "okay and do you want it tracked or is standard alright"),
        (U, "tracked please"),
        (C, "and which country are we sending it to"),
        (U, "spain"),
        (C, "right thats fourteen pound ten"),
    ]),
    ("p07", "DIY trade counter", ["repeated_question"], "payment method asked again as a statement with a tag ('then is it'); misheard account name", [
        (U, "morning can i get ten lengths of the two by four and a box of the eighty mil screws"),
        (C, "yeah no bother is that going on the account"),
        (U, "yeah on the account hollins and son"),
        (C, "hollis yeah got you ill get the lad to bring the timber round to the yard gate youll have to pull the van up by the skip cause theres a delivery blocking the main bay should only be ten minutes mind the forks"),
        (U, "sound"),
        (C, "screws are on offer this week as well so thats good for you"),
        (U, "nice"),
        (C, "so youll be paying by card for this lot then is it"),
        (U, "no its on the account mate hollins"),
        (C, "ah yeah sorry"),
    ]),
    ("p08", "cinema box office", ["repeated_question"], "which film asked again in unrelated words after seats and snacks", [
        (C, "hiya what can i get you"),
        (U, "two adults for the seven forty please"),
        (C, "which film is that for"),
        (U, "the new dune one"),
        (C, "okay screen six do you wanna pick your seats theres a few left near the back"),
        (U, "back row if we can"),
        (C, "lovely and any snacks with it"),
        (U, "just a medium popcorn sweet"),
        (C, "sweet popcorn and what are you going in to watch tonight"),
        (U, "dune same as i said"),
        (C, "oh yeah sorry my heads gone thats twenty nine pound sixty"),
    ]),
    ("p09", "supermarket self-checkout helper", ["repeated_question"], "bags asked, later 'any carriers' with no shared content word", [
        (C, "you alright there need a hand"),
        (U, "yeah its saying unexpected item"),
        (C, "thats cause youve put your bag down on the area before starting have you brought bags with you or do you need some from us"),
        (U, "nah brought my own"),
        (C, "okay ill reset it now scan your stuff again from the start and it should be fine the machines have been playing up all night its the scales on these ones"),
        (U, "okay its asking for age on the wine now"),
        (C, "ill approve that for you youre fine"),
        (U, "thanks"),
        (C, "any carriers for you"),
        (U, "no im using my own"),
    ]),
    ("p10", "butcher's", ["repeated_question"], "number of guests asked again after cashier already used the answer; same answer", [
        (U, "id like a rolled rib of beef for sunday please"),
        (C, "lovely how many are you feeding"),
        (U, "eight with the kids"),
        (C, "right so for eight youre looking at about three kilo on the bone but rolled you could go a bit less do you want me to tie it with the fat on top keeps it moist"),
        (U, "yes please"),
        (C, "and how many people is it for then"),
        (U, "eight"),
        (C, "go on then ill cut you a good three kilo thats fifty four pound"),
    ]),
    # --- rushed_upsell ------------------------------------------------------
    ("p11", "motorway petrol station, night", ["rushed_upsell"], "hot drink deal, meal deal, fuel card sign-up, charity round-up in a burst", [
        (U, "pump two please"),
        (C, "pump two thats fifty quid did you want to add a hot drink its a pound with any fuel tonight", RR),
        (U, "no ta", R),
        (C, "we got the meal deal on as well sandwich crisps and a drink for three fifty", R),
        (U, "no", R),
        (C, "have you got our fuel rewards card you get five p off a litre wanna sign up its only takes a minute", R),
        (U, "no", R),
        (C, "and would you like to round up for the air ambulance", R),
        (U, "go on then", R),
        (C, "thanks pop your card in"),
    ]),
    ("p12", "airport duty-free till", ["rushed_upsell"], "three for two, rewards club, email capture, travel insurance in a burst", [
        (C, "hiya boarding pass please"),
        (U, "there you go"),
        (C, "great and are you aware weve got the three for two on all the fragrances today you could grab a couple more", RR),
        (U, "im fine", R),
        (C, "do you wanna join our world rewards club free to sign up earn points on every purchase", R),
        (U, "no thanks", R),
        (C, "can i take an email for your receipt and our offers", R),
        (U, "um", R),
        (C, "and would you like to add travel insurance or a currency card while youre here", R),
        (U, "just the perfume please", R),
        (C, "no problem sixty two pound"),
    ]),
    # --- hard "not" cases ---------------------------------------------------
    ("p13", "hospital shop", [], "NOT gossip: customer gossips about a nurse, cashier deflects and asks after the customer's mum", [
        (U, "just the paper and a bottle of water"),
        (C, "thats two pound forty please"),
        (U, "here you are you know that nurse on the childrens ward the blonde one shes been carrying on with one of the consultants everyone says so and his wife works in pharmacy"),
        (C, "oh i couldnt tell you love i only do the shop do you want a bag for that"),
        (U, "no im fine she wants to be careful though"),
        (C, "how is your mum getting on is she still on ward four"),
        (U, "she is yeah shes doing better"),
        (C, "ah thats good to hear heres your change"),
    ]),
    ("p14", "DIY trade counter", [], "NOT gossip: colleague on the saw and manager's trade-price offer named helpfully", [
        (U, "have you got any of the green treated posts in two point four"),
        (C, "we should do let me check yeah the yards got about thirty"),
        (U, "great ill take six"),
        (C, "if you want them cut down to size ask for kev on the saw hes out back he does it free for trade"),
        (U, "handy"),
        (C, "and my manager said this morning anyone buying posts this week gets the postcrete at trade price so ill put that through for you if you need it"),
        (U, "yeah two bags"),
        (C, "lovely thats six posts two postcrete ninety one pound twenty on the account"),
    ]),
    ("p15", "supermarket self-checkout helper", [], "NOT repeat: loyalty card asked again after 'sorry what'; two same-shape 'do you need' questions", [
        (C, "alright there you need me to approve anything"),
        (U, "yeah the paracetamol"),
        (C, "done have you got a loyalty card to scan"),
        (U, "sorry what"),
        (C, "do you have one of our points cards"),
        (U, "oh yeah here"),
        (C, "perfect do you need any help packing"),
        (U, "no im alright"),
        (C, "do you need a receipt"),
        (U, "yeah please"),
    ]),
    ("p16", "butcher's", [], "NOT rushed: one tailored suggestion (shin for a slow-cooker stew)", [
        (U, "can i get some stewing steak please about a pound"),
        (C, "course whats it going in"),
        (U, "a beef and ale stew slow cooker all day"),
        (C, "if its in the slow cooker all day id go for the shin over the stewing steak honestly its got all that sinew that melts down and itll be lovely and soft the stewing steak can go a bit dry over eight or nine hours and the shins a bit cheaper too"),
        (U, "oh go on then shin it is"),
        (C, "a pound of shin there you go anything else for you"),
        (U, "no thats it"),
        (C, "four pound ninety then"),
    ]),
]

if __name__ == "__main__":
    build("heldout22", HELDOUT22, 221)
