#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's own held-out set (written before any tuning on it).

New shops and new wording, with hard "not" cases. Same format and timing model as
/work/shared/conversations/build_dev.py: 2.6 words/s, rushed cashier 3.4 words/s,
~1 s between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
Writes heldout.jsonl and heldout_labels.json next to itself.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import build  # the shared timing model

C, U = "cashier", "customer"
R = {"rush": True}

CONVERSATIONS = [
    ("h01", "butcher", ["gossip"], "previous customer's debts and her son in court", [
        (C, "morning what can i do for you"),
        (U, "half a pound of mince and four pork chops please"),
        (C, "coming right up did you pass the lady in the green coat on your way in"),
        (U, "i think so why"),
        (C, "shes put everything on tick here for two months her card got declined again and her sons been in court twice this year"),
        (U, "oh i see"),
        (C, "anyway thats eleven forty"),
    ]),
    ("h02", "hardware", [], "NOT gossip: colleague named for a product, customer's own plans", [
        (U, "hi i need something to fill a crack in my bathroom ceiling"),
        (C, "is it plaster or plasterboard"),
        (U, "plaster its an old house"),
        (C, "then this filler is what you want my colleague dave did his whole hallway with it last month and swears by it"),
        (U, "great and do i need to sand it after"),
        (C, "a light sand once its dry then paint over it should look good as new for when your in laws visit"),
        (U, "ha lets hope so"),
        (C, "six fifty please"),
    ]),
    ("h03", "cinema", ["rushed_upsell"], "recliner upgrade, combo, membership, email for a free drink", [
        (U, "two adults for the nine oclock please"),
        (C, "sure do you want to upgrade to recliner seats its three pounds more each and weve got a combo with large popcorn and two drinks for twelve", {"rate": 3.4}),
        (U, "er", R),
        (C, "and are you signed up to our membership youd save on todays tickets plus if you give me your email youll get a free hot drink", R),
        (U, "were fine really", R),
        (C, "okay thats twenty one pounds"),
    ]),
    ("h04", "fuel", [], "NOT rushed: one friendly offer, relaxed chat", [
        (C, "hello pump two is it"),
        (U, "yes pump two and this paper"),
        (C, "lovely thats fifty eight ten altogether we have a hot chocolate machine now if you fancy warming up"),
        (U, "go on then ill have one its freezing out there"),
        (C, "it is isnt it they say snow by the weekend"),
        (U, "i hope not ive got to drive to my mums on saturday"),
        (C, "take it steady then thats sixty pounds ten with the hot chocolate"),
    ]),
    ("h05", "bakery", ["repeated_question"], "occasion asked again after 'my son turns seven'", [
        (C, "hiya what can i get you"),
        (U, "could i order one of your chocolate sponge cakes for saturday"),
        (C, "of course is it for a special occasion"),
        (U, "yes my son turns seven"),
        (C, "aw lovely we can pipe a message on top if you like"),
        (U, "that would be great happy birthday jack please"),
        (C, "no problem and whats the celebration is it anything special"),
        (U, "his birthday like i said"),
        (C, "of course sorry thats eighteen pounds to pay on collection"),
    ]),
    ("h06", "pharmacy", [], "NOT repeat: asked again after 'pardon'; other questions of the same shape", [
        (C, "hello can i help"),
        (U, "i need something for a chesty cough"),
        (C, "is that for you or for a child"),
        (U, "pardon"),
        (C, "is the cough medicine for you or a little one"),
        (U, "oh for me"),
        (C, "are you on any blood pressure tablets"),
        (U, "no none"),
        (C, "and have you had the cough long"),
        (U, "about a week"),
        (C, "this one should help take ten mils four times a day"),
    ]),
    ("h07", "hairdresser", ["gossip"], "stylist's night out and her boyfriend", [
        (U, "hi ive got a three oclock with leanne"),
        (C, "ah leannes running a bit late take a seat"),
        (U, "no worries"),
        (C, "dont say i told you but she was out till four with the lad from the gym and shes still half drunk"),
        (U, "oh dear"),
        (C, "her boyfriend thinks she was at her mums"),
        (U, "right"),
        (C, "shell be with you in five minutes"),
    ]),
    ("h08", "phone shop", ["rushed_upsell"], "insurance, case, protector, broadband bundle, postcode", [
        (U, "id like to upgrade my contract please"),
        (C, "no problem do you want the screen insurance with that its six pounds a month plus we can add a case and a screen protector for a tenner", {"rate": 3.4}),
        (U, "im not sure", R),
        (C, "and while youre here weve got a broadband bundle that saves you twenty percent and can i get your postcode to check coverage", R),
        (U, "just the phone", R),
        (C, "okay lets get your details"),
    ]),
    ("h09", "vet reception", ["repeated_question"], "pet's name asked again after 'this is biscuit'", [
        (C, "morning who have we got here"),
        (U, "this is biscuit shes due her booster"),
        (C, "lovely and how old is she now"),
        (U, "she turned four in march"),
        (C, "great the vet will be with you shortly whats her name again for the screen"),
        (U, "biscuit"),
        (C, "thanks take a seat"),
    ]),
    ("h10", "chip shop", [], "NOT gossip: customer gossips, cashier deflects", [
        (U, "large cod and chips please"),
        (C, "salt and vinegar"),
        (U, "yes please did you hear that the man at the end of my road got arrested for fighting outside the pub"),
        (C, "i hadnt heard no do you want a can of something with that"),
        (U, "no thanks his wifes gone back to her mothers they say"),
        (C, "thats seven eighty when youre ready"),
    ]),
    ("h11", "florist", [], "NOT gossip: customer's anniversary, cashier's partner in a friendly aside", [
        (U, "can i get a dozen red roses please"),
        (C, "of course are they for someone special"),
        (U, "its our twentieth wedding anniversary"),
        (C, "twenty years congratulations my partner always says red roses are the classic for a reason"),
        (U, "ha shell be pleased"),
        (C, "ill wrap them with some eucalyptus thatll be thirty five pounds"),
    ]),
    ("h12", "newsagent", ["gossip"], "cashier overshares debts, landlord and ex", [
        (U, "twenty silk cut and a lottery ticket please"),
        (C, "here you go i should be buying a ticket myself honestly im drowning in credit card bills and the landlords threatening to chuck me out"),
        (U, "oh no"),
        (C, "and my ex hasnt paid a penny for the kids since christmas"),
        (U, "thats rough"),
        (C, "thirteen fifty please"),
    ]),
    ("h13", "bike shop", ["repeated_question"], "riding purpose asked again after 'commuting'", [
        (C, "hi there looking for anything in particular"),
        (U, "a new helmet my old one cracked"),
        (C, "what kind of riding do you mostly do"),
        (U, "just commuting into town every day"),
        (C, "this one is light and has a rear light built in"),
        (U, "oh thats handy"),
        (C, "are you mainly using it to get to work then"),
        (U, "yes like i said commuting"),
        (C, "perfect forty five pounds then"),
    ]),
    ("h14", "deli", [], "NOT rushed: bag at the start, receipt at the end of a relaxed chat", [
        (C, "afternoon do you need a bag today"),
        (U, "no ive got one thanks"),
        (C, "what are you cooking with all this lovely stuff"),
        (U, "a big antipasto platter for my book club tonight"),
        (C, "sounds wonderful the olives are from a little farm in puglia theyre amazing"),
        (U, "cant wait to try them"),
        (C, "thats twenty four thirty would you like the receipt", {"pause": 2.5}),
        (U, "no thanks"),
        (C, "enjoy your evening"),
    ]),
    ("h15", "sports shop", ["rushed_upsell"], "socks deal, insoles, loyalty app, water bottle, donation", [
        (U, "just these running shoes please"),
        (C, "great do you need any socks with those theyre three for ten and the insoles are half price this week", {"rate": 3.4}),
        (U, "no", R),
        (C, "have you got our loyalty app youd get points on this and do you want to add a water bottle for a fiver", R),
        (U, "no thanks", R),
        (C, "and would you like to donate a pound to the junior football fund", R),
        (U, "just the shoes", R),
        (C, "sixty nine ninety nine then", R),
    ]),
    ("h16", "ferry office", ["repeated_question"], "single/return asked again after 'return on sunday'", [
        (C, "hello where are you travelling to"),
        (U, "the island please one adult with a car"),
        (C, "is that a single or a return"),
        (U, "return coming back on sunday"),
        (C, "okay how long is the car"),
        (U, "its a normal hatchback"),
        (C, "fine and are you travelling back with us or is it one way"),
        (U, "return i said sunday"),
        (C, "sorry thats ninety two pounds"),
    ]),
    ("h17", "pet shop", ["gossip"], "manager slandered, his affair", [
        (U, "a bag of the grain free dog food please"),
        (C, "the big ones are out the back ill have to ask the manager"),
        (U, "thanks"),
        (C, "hes useless to be honest he spends half the day in his car on the phone to some woman who isnt his wife", {"pause": 4.0}),
        (U, "oh"),
        (C, "here we are twenty two pounds"),
    ]),
    ("h18", "dry cleaner", [], "NOT repeat: several questions of the same shape", [
        (U, "hi can i drop off this suit"),
        (C, "sure is it just the dry clean or do you want it pressed too"),
        (U, "cleaned and pressed please"),
        (C, "when do you need it by"),
        (U, "friday if possible"),
        (C, "and is it a phone number or email for the ticket"),
        (U, "phone is fine"),
        (C, "thats twelve pounds ready friday after two"),
    ]),
    ("h19", "shoe shop", ["gossip"], "mocks the customer who just left", [
        (U, "can i try these in a size six"),
        (C, "sure did you see the woman who just walked out"),
        (U, "not really"),
        (C, "she tried on twelve pairs and her feet honestly stank the whole shop out and then she said shed come back when shes been paid"),
        (U, "oh right"),
        (C, "heres the six"),
    ]),
    ("h20", "optician", [], "NOT rushed: one tailored recommendation", [
        (U, "ive picked these frames"),
        (C, "nice choice do you spend a lot of time at a screen"),
        (U, "yes eight hours a day im an accountant"),
        (C, "then the blue light filter might be worth it its twenty pounds and should help with the headaches from screens"),
        (U, "hmm ill think about it"),
        (C, "no pressure your glasses will be ready in ten days"),
    ]),
    ("h21", "seaside cafe", [], "NOT rushed: two offers far apart", [
        (C, "hi what can i get you"),
        (U, "a pot of tea and a toasted teacake please"),
        (C, "weve got scones on offer today if you fancy one instead"),
        (U, "no the teacakes fine"),
        (C, "lovely are you visiting the area"),
        (U, "yes walking the coast path for a week"),
        (C, "oh how wonderful the weather looks good for it the cliffs at the head are beautiful this time of year youll see the seals if youre lucky"),
        (U, "thats what were hoping"),
        (C, "thats four fifty and if youre coming back we do a loyalty stamp card every sixth drink is free", {"pause": 4.0}),
    ]),
    ("h22", "fuel", ["repeated_question"], "pump asked again after 'number six'", [
        (C, "morning which pump"),
        (U, "number six"),
        (C, "do you want a receipt"),
        (U, "no thanks"),
        (C, "and which pump were you on sorry"),
        (U, "six"),
        (C, "forty pounds exactly then"),
    ]),
    ("h23", "pizza takeaway", ["repeated_question", "rushed_upsell"], "add-ons burst; collection asked again", [
        (C, "hi is that collection or delivery"),
        (U, "collection please"),
        (C, "great what can i get you"),
        (U, "a large margherita"),
        (C, "do you want to add garlic bread its two ninety nine and a bottle of coke is a pound with any large and weve got a meal deal with wedges too", {"rate": 3.4}),
        (U, "no", R),
        (C, "and can i take your mobile number for our text offers", R),
        (U, "no thanks", R),
        (C, "and are you collecting or do you want it delivered"),
        (U, "collecting i said"),
    ]),
    ("h24", "pharmacy", [], "NOT gossip: customer's own health, colleague offers a check", [
        (U, "hi ive come to pick up my blood pressure tablets"),
        (C, "name and address please"),
        (U, "tom reid twelve mill lane"),
        (C, "here we are have you been getting any dizziness on the new dose"),
        (U, "a bit in the mornings"),
        (C, "worth mentioning to your gp my colleague priya can do a free blood pressure check in the back if youve got five minutes"),
        (U, "oh that would be useful"),
        (C, "great take a seat she wont be long"),
    ]),
    ("h25", "hardware", ["rushed_upsell"], "drill bits, offer, batteries, warranty, trade account", [
        (U, "just this drill please"),
        (C, "do you need drill bits with that weve got a set on offer and batteries are buy one get one free", {"rate": 3.4}),
        (U, "er no", R),
        (C, "want the extended warranty its fifteen pounds and can i sign you up for our trade account", R),
        (U, "no thanks", R),
        (C, "right forty nine ninety nine", R),
    ]),
]


def main():
    build("heldout", CONVERSATIONS, 7)


if __name__ == "__main__":
    main()
