# ruff: noqa: E501
"""Build the coach's held-out set 118: written by writer-118 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): British Asian and
Arabic-speaking staff and regulars in South Asian and Middle Eastern shops in
British cities: sweet centres in Leicester, Bradford and Birmingham, halal
butchers in Bradford, Longsight, Small Heath and Pollokshields, a Southall and a
Leicester sari and fabric shop, phone repair kiosks in Leeds, Birmingham and
Glasgow, Arabic grocers in Manchester, Edgware Road and Sheffield, and jewellers
on Green Street and Soho Road. Some Urdu, Punjabi and Arabic words ("bhai",
"aunty", "beta", "inshallah", "yalla", "habibi").

Mix: 4 gossip (another family's arranged marriage falling apart, a customer's
son in trouble, the mosque committee's money, the cashier's own mother-in-law),
4 repeated_question (how many boxes, with the answer in the customer's first
turn; which cut; the phone model; the ring size), 3 rushed_upsell (gift box
upgrade, loyalty card, charity tin and bulk deal; screen protector, case bundle
and repair club; bulk rice deal, points card, charity tin and app), and 7 hard
"not" cases: warm chat about the customer's grandson with a colleague and the
manager named for work reasons; a customer who gossips while the cashier
deflects; a "sorry?" re-ask in an Eid queue and an order read back to confirm;
different questions of the same shape and a customer repeating her own question;
one tailored recommendation with bag and receipt questions spread out; two
offers far apart in a relaxed visit; a list of same-shaped cut questions with a
colleague praised and the manager named for the account.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT118 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Leicester sweet centre",
        ["gossip"],
        "cashier spreads the story of another family's engagement collapsing, with a rumour about the groom",
        [
            (
                U,
                "Salaam bhai. Can I get a kilo of the mixed mithai, and half a kilo of gulab jamun?",
            ),
            (C, "Walaikum salaam. Mixed, yeah, no problem."),
            (C, "You heard about the Maliks' girl? The engagement's off."),
            (U, "No? I didn't know."),
            (
                C,
                "Two weeks before the nikah, the boy's side turned round and said they wanted more gold. Her dad told them to get out of his house.",
            ),
            (
                C,
                "And now the whole of Belgrave's saying the boy had a girlfriend in Derby the entire time. His mum knew, apparently.",
            ),
            (U, "Hmm. Is the jamun fresh today?"),
            (
                C,
                "Made this morning. They'd already ordered forty boxes of ladoo from us as well, so the poor man's stuck with the bill and a house full of sweets.",
            ),
            (U, "Right. How much do I owe you?"),
            (C, "Fourteen fifty, bhai."),
        ],
    ),
    (
        "q02",
        "Bradford halal butcher",
        ["gossip"],
        "cashier tells one aunty that another customer's son was arrested and mocks his mother",
        [
            (C, "Aunty, salaam, what can I get you today?"),
            (U, "Two kilos of chicken, skin off, cut small for karahi. And one kilo of mince."),
            (C, "Chicken small, skin off. Give me two minutes."),
            (
                C,
                "Did you hear about Rukhsana aunty's lad? Police were at her house Sunday morning, three cars outside.",
            ),
            (U, "Oh no. Which Rukhsana?"),
            (
                C,
                "The one from Girlington, her eldest, Zubair. They reckon he's been driving for some lot out of Manningham. Got stopped with a bag of it in the boot.",
            ),
            (
                C,
                "And she comes in here every Friday telling everyone he's a doctor in Leeds. Doctor, my foot.",
            ),
            (U, "Allah knows best, beta. Is the mince lean?"),
            (C, "Lean, aunty, all from the leg. That's nineteen eighty altogether."),
        ],
    ),
    (
        "q03",
        "Manchester Arabic grocery",
        ["gossip"],
        "cashier accuses the mosque treasurer of pocketing the roof fund and hints at a cover-up",
        [
            (U, "Peace be upon you. Do you have the Lebanese flatbread, the big packs?"),
            (C, "Wa alaykum as-salam. Top shelf, next to the tahini."),
            (U, "Found it. And a box of the Medjool dates."),
            (C, "Eight ninety-nine for the box. You pray at Masjid al-Noor, no?"),
            (U, "Sometimes, for Jumu'ah."),
            (
                C,
                "Between us, the treasurer there, Abu Khalid, has been eating from the roof fund. Twelve thousand pounds collected and not one tile changed.",
            ),
            (
                C,
                "His son is driving a new Mercedes now. From where? The whole committee knows, but nobody opens their mouth because his cousin is the chairman.",
            ),
            (U, "I don't really know them, akhi."),
            (C, "Wallahi, it's true. Thirteen forty-eight, please."),
            (U, "Card, please."),
        ],
    ),
    (
        "q04",
        "Southall sari shop",
        ["gossip"],
        "cashier pours out her own family drama about her mother-in-law to a customer buying a sari",
        [
            (U, "Hi, I picked this chiffon one off the rail. How much is it?"),
            (C, "That one's forty-five, and the blouse piece is folded inside."),
            (U, "Lovely, I'll take it."),
            (C, "Sorry if I'm a bit off today, my mother-in-law's been at it again."),
            (
                C,
                "She moved in with us in March, supposed to be for six weeks. She goes through my wardrobe, tells my husband I waste his money, she even rang my mum in Jalandhar to complain about my cooking.",
            ),
            (U, "Oh dear."),
            (
                C,
                "Last night she hid my car keys so I'd be late and she could tell everyone I'm irresponsible. I'm this close to packing her suitcase myself, I swear.",
            ),
            (U, "Can I pay by card?"),
            (C, "Yeah, tap there. Forty-five."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Birmingham sweet centre, Alum Rock",
        ["repeated_question"],
        "customer says six boxes in her very first turn; after chat the cashier asks how many boxes",
        [
            (
                U,
                "Salaam. I need six boxes of the mixed mithai, the one-kilo ones, for my nephew's engagement tomorrow.",
            ),
            (C, "Walaikum salaam, mubarak to the whole family!"),
            (U, "Khair mubarak. They're doing it at the hall on Coventry Road."),
            (C, "Oh, that place is nice, my cousin had her mehndi there."),
            (C, "Dry sweets only, yeah? Nothing with syrup, if they're travelling?"),
            (U, "Dry, please. They're going in the car with my brother."),
            (C, "Sensible. I'll get the boxes made up now. How many are we packing for you?"),
            (U, "Six. I said at the start."),
            (C, "Six, sorry, yes. Let me get them."),
        ],
    ),
    (
        "q06",
        "Longsight halal butcher",
        ["repeated_question"],
        "customer asks for shoulder on the bone; after chat about the guests the butcher asks leg or shoulder",
        [
            (C, "Yes boss, what are we having?"),
            (U, "Lamb, about two kilos. Shoulder, on the bone, cut for curry."),
            (C, "Shoulder, no problem. Getting ready for Eid, is it?"),
            (U, "Yeah, the in-laws are coming down from Blackburn on Saturday."),
            (C, "Big crowd then! How many are you feeding?"),
            (U, "Fourteen, if my brother bothers to turn up."),
            (C, "Two kilos will do you with rice and a few sides."),
            (C, "So which part of the lamb did you want, the leg or the shoulder?"),
            (U, "Shoulder. I just told you."),
            (C, "Yeah, yeah, shoulder. Give me five minutes to cut it."),
        ],
    ),
    (
        "q07",
        "Leeds phone repair kiosk, Kirkgate Market",
        ["repeated_question"],
        "customer names the phone as a Samsung A52; after talk of glass and parts the repairer asks which Samsung it is",
        [
            (C, "Alright bhai, what's happened here?"),
            (U, "Dropped it getting off the bus. Screen's smashed, touch still works though."),
            (C, "What phone is it?"),
            (U, "Samsung A52."),
            (C, "Okay. Is the back glass alright? Sometimes that goes too."),
            (U, "Back's fine, it's always in a case."),
            (C, "Good. Original screen or the cheaper copy? Original's eighty-five, copy's fifty."),
            (U, "Original, it's my work phone."),
            (C, "Fair enough. Which Samsung is this one then?"),
            (U, "The A52, mate."),
            (C, "Right, I'll check I've got one in the back. Give me forty minutes."),
        ],
    ),
    (
        "q08",
        "Green Street jeweller, East London",
        ["repeated_question"],
        "customer gives the ring size L early; after choosing a design the jeweller asks her finger size",
        [
            (C, "Assalamualaikum, sister, welcome. Looking for anything special?"),
            (
                U,
                "Walaikum salaam. A ring for my sister-in-law, she's getting engaged. Twenty-two carat, something simple.",
            ),
            (C, "Mashallah. What size does she wear?"),
            (U, "L. Her mum measured it with a bit of thread."),
            (C, "Lovely. These in the front tray are all twenty-two carat, from one-ninety up."),
            (U, "That one with the little leaf on the side is nice."),
            (C, "That's a popular one, very light to wear. It's two hundred and forty."),
            (U, "Okay, I think that's the one."),
            (C, "Good choice. Do you know what her finger size is, so I can see if we've got it?"),
            (U, "L. I told you already."),
            (C, "Oh, L, yes. Let me look in the drawer."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Bradford sweet centre",
        ["rushed_upsell"],
        "customer on double yellows wants one kilo of barfi; cashier fires gift box, loyalty card, charity tin and a jalebi deal",
        [
            (U, "Bhai, quick one, I'm on double yellows. One kilo of barfi, please."),
            (C, "One kilo barfi. Coming up."),
            (C, "Do you want it in the gold gift box? Only two pound extra, looks much nicer.", RR),
            (U, "No, it's fine.", R),
            (
                C,
                "We've got the loyalty card as well, tenth box free, I just need your name and number.",
                R,
            ),
            (U, "Not today.", R),
            (
                C,
                "And would you like to put something in the tin for the flood appeal? Any change helps.",
                R,
            ),
            (C, "Oh, and jalebi's two kilos for twelve today if you want some for the house.", R),
            (U, "Honestly, bhai, the warden's coming. Just the barfi."),
            (C, "Eleven pound then."),
        ],
    ),
    (
        "q10",
        "Birmingham phone repair kiosk, Bullring markets",
        ["rushed_upsell"],
        "customer collecting a repair says her train is in ten minutes; repairer fires screen protector, case bundle and repair club sign-up",
        [
            (
                U,
                "I'm collecting my iPhone, the battery one. Name's Yasmin. My train's in ten minutes.",
            ),
            (C, "Yasmin... yeah, here it is, new battery's in. Fifty-five."),
            (C, "You want a glass screen protector on it? Fitted in two minutes, ten pound.", RR),
            (U, "No thanks.", R),
            (
                C,
                "We've got cases too, the clear ones. Protector and case together is fifteen for both.",
                R,
            ),
            (
                C,
                "And sign up to our repair club, twenty percent off next time, I just need your email.",
                R,
            ),
            (U, "I really have to go.", R),
            (C, "Okay, okay. Tap your card there."),
            (U, "Done. Thanks."),
        ],
    ),
    (
        "q11",
        "Edgware Road Arabic grocery, London",
        ["rushed_upsell"],
        "customer parked outside buys two items; cashier fires a rice deal, points card, charity tin and the delivery app",
        [
            (U, "Just this bag of bulgur and the labneh, please, I'm parked outside."),
            (C, "Yalla, quick quick. Six twenty."),
            (C, "The ten-kilo basmati sacks are two for thirty this week, you want one?", RR),
            (U, "No, no.", R),
            (C, "You have our points card? I make you one now, just your phone number.", R),
            (
                C,
                "And the tin for the earthquake appeal, for the hospital, if you want to give something.",
                R,
            ),
            (U, "I'll put a pound in, okay, but please, I need to go.", R),
            (C, "Also we have the app now, you order and we deliver, take the leaflet.", R),
            (U, "Just the card machine, habibi, please."),
            (C, "Seven twenty with the pound. Tap here."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Soho Road jeweller, Handsworth",
        [],
        "warm chat about the customer's own grandson; a colleague named for the resize work and the manager thanked for the trade price; one engraving suggestion",
        [
            (C, "Sat sri akal, uncle ji! Back again?"),
            (U, "Sat sri akal. I'm collecting the kara I left for resizing. Name's Gill."),
            (
                C,
                "Gill, yes. Harpreet did that one yesterday, she's got the steadiest hands for silver. She's polished it up for you as well.",
            ),
            (U, "Oh, it looks brand new."),
            (C, "How's the new grandson? Last time you were in he'd only just arrived."),
            (U, "Four months now, and loud! We're doing his naming at the gurdwara next Sunday."),
            (
                C,
                "Waheguru, that's lovely. If you want anything engraved for him, bring it by Wednesday and Harpreet can have it done before Sunday.",
            ),
            (U, "I might. My wife was talking about a small bracelet."),
            (
                C,
                "Mr Sandhu's done the resize at trade price for you, since you've been coming to us so long. So it's just fifteen pounds.",
            ),
            (U, "He's a good man. Tell him thanks from me."),
            (C, "I will. Card or cash?"),
        ],
    ),
    (
        "q13",
        "Small Heath halal butcher, Birmingham",
        [],
        "the customer gossips about a daughter-in-law; the butcher twice declines to join in and keeps to the order",
        [
            (U, "Salaam beta. Two kilos of mutton, the mixed pieces."),
            (C, "Walaikum salaam aunty. Mixed pieces, no problem."),
            (
                U,
                "Did you hear about Nasreen's daughter-in-law? Went back to her parents' with all the jewellery, they're saying.",
            ),
            (C, "I wouldn't know anything about that, aunty. Do you want the fat trimmed?"),
            (
                U,
                "Trim a little. They say she had someone else all along, you know what these girls are like.",
            ),
            (C, "People say all sorts, aunty, I keep well out of it. One bag or split into two?"),
            (U, "Hmph, you're no fun. Two bags, one for the freezer."),
            (C, "Two bags, done. Twenty-two pounds, aunty."),
            (U, "Here. Give your mum my salaams."),
            (C, "I will, inshallah. Take care going home."),
        ],
    ),
    (
        "q14",
        "Leicester sweet centre on Eid morning",
        [],
        "cashier asks 'sorry?' because the queue is loud, then reads the order back to confirm it: neither is a repeat",
        [
            (C, "Next please! Eid Mubarak, bhai."),
            (
                U,
                "Eid Mubarak. Can I get two kilos of kaju katli, one kilo of jalebi, and a large box of the mixed.",
            ),
            (C, "Sorry? It's mad loud in here with the queue, say that again?"),
            (U, "Two kilos kaju katli, one kilo jalebi, one large mixed box."),
            (C, "Got it. The jalebi's coming out hot right now, two minutes."),
            (U, "No rush, I'll wait for the hot ones."),
            (
                C,
                "So, before I ring it through: two kaju katli, one jalebi, one large mixed. That's the lot?",
            ),
            (U, "That's it."),
            (C, "Fifty-two pounds, bhai."),
            (U, "There you go, and put the change in the charity box."),
            (C, "JazakAllah, bhai. Eid Mubarak to the family."),
        ],
    ),
    (
        "q15",
        "Glasgow phone repair kiosk, Pollokshields",
        [],
        "the repairer asks several different questions of the same shape; the customer repeats her own question about time",
        [
            (U, "Hiya, can you fix a charging port? It's a Pixel 7."),
            (C, "Aye, we do Pixels. Is it not charging at all, or only when you wiggle the cable?"),
            (U, "Only if I hold the cable at an angle."),
            (C, "Could just be lint packed in there. Do you normally keep it in your pocket?"),
            (U, "Yeah, jeans pocket."),
            (C, "Do you know your screen lock? I'll need to test it after."),
            (U, "It's a pattern, I'll draw it for you. How long will it take?"),
            (
                C,
                "If it's just cleaning, ten minutes. If the port's gone, I'd have to order one in.",
            ),
            (U, "Sorry, so how long if it's the port?"),
            (C, "Two days for the part, then half an hour to fit it."),
            (C, "Do you want a text when it's ready, or are you waiting here?"),
            (U, "I'll wait, I'm going for a coffee."),
        ],
    ),
    (
        "q16",
        "Leicester sari and fabric shop, Belgrave Road",
        [],
        "one tailored suggestion (a gota border for the chosen silk); colleague named to cut; bag and receipt questions apart in a relaxed visit",
        [
            (
                U,
                "Hello aunty, I'm after fabric for a lehenga for my sister's walima. Something in dusty pink.",
            ),
            (
                C,
                "Ah, lovely. We've got a raw silk in that shade, and this georgette. Feel them both.",
            ),
            (U, "The raw silk is gorgeous. How much would I need for a full lehenga?"),
            (
                C,
                "With a can-can underneath, four and a half metres, beta. Then the tailor has enough for the panels.",
            ),
            (U, "Okay, four and a half then."),
            (
                C,
                "With a pink like this, a gold gota border on the hem would look beautiful. It's three pounds a metre, only if you like it.",
            ),
            (U, "Oh, yes, that's exactly the look. Five metres of that."),
            (C, "Salma, four and a half of the pink raw silk and five of the gold gota, please."),
            (C, "Do you need a carrier bag, or have you brought one?", {"pause": 40}),
            (U, "I've brought one, thanks."),
            (C, "When's the walima?"),
            (U, "End of next month, at a hall in Oadby."),
            (
                C,
                "Plenty of time for the tailor then. Sixty-one pounds, and do you want the receipt, in case there's any problem with the cloth?",
            ),
        ],
    ),
    (
        "q17",
        "Sheffield Arabic grocery",
        [],
        "a points card offered at the start and a halloumi deal near the end of an unhurried visit, minutes apart",
        [
            (C, "Ahlan, Umm Yusuf! Keefik? Long time."),
            (U, "Alhamdulillah, good. I was in Amman for a month with my mother."),
            (C, "Ah, welcome back. How is she?"),
            (U, "Better now, the knee operation went well."),
            (
                C,
                "Alhamdulillah. We started a points card while you were away, every ten pounds is a stamp. You want one? No pressure.",
            ),
            (U, "Yes, why not, I come every week."),
            (U, "Do you have freekeh? The green one.", {"pause": 45}),
            (
                C,
                "Yes, bottom shelf, next to the lentils. The Syrian one is better than the Egyptian.",
            ),
            (U, "I'll take two. And this za'atar and the halloumi.", {"pause": 30}),
            (C, "The halloumi is two for five this week, if you want one for the freezer."),
            (U, "Go on then, two."),
            (C, "Eighteen forty. Say salam to your mother from us when you call."),
            (U, "I will, inshallah. Ma'a salama."),
        ],
    ),
    (
        "q18",
        "Pollokshields halal butcher, Glasgow",
        [],
        "same-shaped questions about different items on a list; colleague praised for his marinade; the gaffer named for the customer's account",
        [
            (U, "Salaam alaikum. I've got a list from the wife, bear with me."),
            (C, "Walaikum salaam, take your time, bhai."),
            (U, "A kilo of lamb chops, a kilo of chicken and a kilo of mince."),
            (C, "Chops first. Thick cut or thin?"),
            (U, "Thin, she does them on the grill."),
            (C, "And the chicken, thighs or breast?"),
            (U, "Thighs, boneless."),
            (C, "Mince, lamb or beef?"),
            (U, "Lamb. Oh, and she said to ask if you still do the tikka marinade."),
            (
                C,
                "Aye, Bilal makes it fresh every morning from his mum's recipe. Honestly, it's the best thing in the shop. I'll get him to do the thighs in it, no charge.",
            ),
            (U, "Perfect, she'll be happy."),
            (
                C,
                "Tariq, the gaffer, says you're on the monthly account, so I'll just stick it on there. Twenty-eight fifty.",
            ),
            (U, "Brilliant. Cheers, bhai."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout118", HELDOUT118, 1181)
