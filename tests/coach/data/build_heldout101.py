# ruff: noqa: E501
"""Build the coach's held-out set 101: written BLIND by writer-101, without reading the engine, its lexicons, its docs or the other held-out sets (only the shared README's nudge definitions, build_dev.py's note style, build_heldout678.py's helpers and build_heldout31.py's skeleton were read, for the format).

Imagined authors and settings: English-speaking staff at sports and outdoor shops
and hire counters in Canada and the Alps: a Whistler ski hire, a Banff outfitter,
a Chamonix climbing shop run by a British couple, a Calgary bike shop, a Zermatt
ski school desk and a Vancouver running store. Text is written as a person would
type it: normal case and punctuation, with some outdoor-sports terms (DIN, skins,
resole, tubeless, gait, arete, groomers).

Mix, aimed at precision (a false nudge costs more than a miss): 4 gossip
(instructor's drunken night with a client, a previous customer who "returns
everything used", the owner's divorce settlement, the cashier's own flatmate
trouble), 4 repeated_question (size/fit, beginner or not, which route, which run,
each asked again in other words after a clear answer), 3 rushed_upsell (wax and
tune, damage cover, socks, gels, members' club, newsletter, mountain-rescue raffle
fired in quick succession), and 7 unlabelled hard near-misses: warm chat about the
customer's family and the cashier's harmless day; a colleague praised for a
product and the manager named only for a rule; a customer who gossips while the
cashier deflects; an order read back to confirm it; a "sorry?" re-ask plus
different questions of the same shape; one tailored recommendation with the usual
bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT101 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Whistler ski hire",
        ["gossip"],
        "cashier tells a customer about an instructor getting drunk with a client and what happened after",
        [
            (C, "Hey, welcome in! Picking up or starting a new rental?"),
            (U, "Picking up, it's under Okafor. Two days, skis and boots."),
            (
                C,
                "Got it, Okafor... yep, here you are. You're in a lesson with Brett tomorrow, right?",
            ),
            (U, "That's right, the nine o'clock group."),
            (
                C,
                "Ha, good luck with that. Brett was at the Longhorn till close last night with one of his private clients, a married woman from Seattle.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "He was doing shots off the bar and the two of them left together. Her husband was in here this morning asking if anyone had seen her.",
            ),
            (U, "Right... I'd really just like the skis, thanks."),
            (C, "Yeah, sure. Boots are a twenty-six, DIN's set to six. Sign here for me."),
            (U, "Done."),
        ],
    ),
    (
        "q02",
        "Banff outfitter",
        ["gossip"],
        "cashier runs down a previous customer by name as someone who 'returns everything used'",
        [
            (U, "Hi, I'd like to return this tent. One of the poles was cracked when I opened it."),
            (C, "Oh no, let me have a look. Yeah, that's a factory crack, no problem at all."),
            (U, "Thanks, I never even got to pitch it."),
            (
                C,
                "Honestly, you're a breath of fresh air. Did you see the guy who just left, the one in the red Subaru?",
            ),
            (U, "Not really."),
            (
                C,
                "That's Darren Fisk. He returns everything used. Took a down jacket up Sulphur Mountain for a whole season and brought it back with a hole burnt in the sleeve, claiming it was faulty.",
            ),
            (
                C,
                "Everyone in town knows he does it. He basically rents gear from us for free and lies about it.",
            ),
            (U, "Huh. So, can I get the refund back on my Visa?"),
            (C, "Yep, tap it there. All done, sorry about the pole."),
        ],
    ),
    (
        "q03",
        "Calgary bike shop",
        ["gossip"],
        "cashier overshares about the owner's divorce settlement and his ex-wife",
        [
            (C, "Hi there, what can I do for you?"),
            (U, "Just grabbing a new tube, 29 by 2.4, Presta valve."),
            (
                C,
                "Sure, one sec. Sorry it's a bit bare in here, the shelves have been empty for weeks.",
            ),
            (U, "Oh, supply problems?"),
            (
                C,
                "Nah, it's the divorce. Gary's ex-wife got half the shop in the settlement and the house in Aspen Woods, so he can't afford to restock.",
            ),
            (
                C,
                "Apparently she'd been seeing his business partner the whole time, and her lawyer still got her the better deal. He's been sleeping in the back office.",
            ),
            (U, "Yikes. Um, how much is the tube?"),
            (C, "Twelve ninety-nine. Tap or insert whenever you're ready."),
        ],
    ),
    (
        "q04",
        "Vancouver running store",
        ["gossip"],
        "cashier tells her own private drama about her flatmate at length, unprompted",
        [
            (U, "Hi, can I get these gels and the Body Glide, please?"),
            (C, "Sure! Training for something?"),
            (U, "The BMO half in May."),
            (
                C,
                "Nice. Sorry, I'm a bit of a mess today. My flatmate brought her boyfriend home again at 3 am and they had a screaming fight in the kitchen.",
            ),
            (U, "Oh, that sounds rough."),
            (
                C,
                "It's every weekend. She owes me two months of rent, and I found out she's been using my card for her Uber Eats. I'm pretty sure she's stealing from my room too.",
            ),
            (
                C,
                "I've had to call my mom every night. I might have to call the police on her, honestly.",
            ),
            (U, "Sorry to hear that. Is it okay if I pay with Apple Pay?"),
            (C, "Yeah, go ahead. That's thirty-four fifty."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Vancouver running store",
        ["repeated_question"],
        "asks the customer's usual shoe size again in other words after she clearly said women's 8.5",
        [
            (C, "Hi! Are you looking for road shoes or trail?"),
            (U, "Road. My Ghosts are finally dead."),
            (C, "Good call swapping them out. What size do you usually wear?"),
            (U, "Women's 8.5, and I need a wide toe box."),
            (
                C,
                "Great, we've got a couple of wide options. Did you want a quick gait check on the treadmill first?",
            ),
            (U, "Sure, why not."),
            (
                C,
                "Okay, you're pretty neutral, so no stability shoe needed. And what size are you normally in?",
                {"pause": 4.0},
            ),
            (U, "Eight and a half. Wide, like I said."),
            (C, "Right, sorry. I'll bring out the 8.5 wides in the Ghost and the Clifton."),
            (U, "Perfect, thanks."),
        ],
    ),
    (
        "q06",
        "Zermatt ski school desk",
        ["repeated_question"],
        "asks whether the customer has skied before after he clearly said it is his very first time",
        [
            (C, "Grüezi, hello! Are you booking a lesson?"),
            (U, "Yes, please. A group lesson for tomorrow morning."),
            (C, "Of course. And have you skied before, or is this your first time?"),
            (U, "First time ever. I've never been on skis at all."),
            (
                C,
                "No problem, we start at the Wolli park with the magic carpet. Do you have your own equipment?",
            ),
            (U, "No, I'll hire it from the shop next door."),
            (C, "Fine. What is your name for the booking?"),
            (U, "Daniel Brooks."),
            (C, "Thank you, Daniel. And how much skiing have you done so far?"),
            (U, "None. Like I said, it's my first time."),
            (C, "Ah yes, sorry. Beginners group, nine o'clock, that's 95 francs."),
        ],
    ),
    (
        "q07",
        "Chamonix climbing shop run by a British couple",
        ["repeated_question"],
        "asks which route the customer is doing after he clearly said the Cosmiques Arete",
        [
            (U, "Morning. I need a couple of ice screws and a new pair of gloves."),
            (C, "Morning! What are you off to do?"),
            (U, "The Cosmiques Arête, from the Midi, on Thursday."),
            (
                C,
                "Ah, lovely route. You won't need much ice gear for that, one or two screws is plenty.",
            ),
            (U, "Good, that's what I thought."),
            (C, "These Black Diamond gloves are warm but you can still handle a krab in them."),
            (U, "Great, I'll take those."),
            (C, "And where are you heading up this week?"),
            (U, "The Cosmiques. Thursday, as I said."),
            (C, "Oh, of course, sorry. Forty-five euros for the screw and seventy for the gloves."),
        ],
    ),
    (
        "q08",
        "Whistler ski hire",
        ["repeated_question"],
        "asks which runs the customer plans to ski after she clearly said the Harmony groomers",
        [
            (C, "Hi, what are you renting today?"),
            (U, "Just skis for the day, I've got my own boots."),
            (C, "Sure. Where are you planning to ski? That helps me pick the right width."),
            (
                U,
                "Mostly the groomers off Harmony, maybe some laps on the Peak Express if it's clear.",
            ),
            (
                C,
                "Okay, then I'd go with something around 88 underfoot. Let me check your boot sole length.",
            ),
            (U, "It's 305."),
            (
                C,
                "Perfect, I'll set the bindings. So, what kind of terrain are you thinking of today?",
                {"pause": 5.0},
            ),
            (U, "Harmony groomers. I just told you."),
            (C, "Right, right. Here you go, that's seventy-two dollars with tax."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Whistler ski hire",
        ["rushed_upsell"],
        "damage cover, wax and tune, ski socks and a members' club pushed in one quick burst",
        [
            (U, "Hi, one day on the standard skis, please."),
            (
                C,
                "Sure thing. Do you want to add damage cover? It's only eight bucks a day.",
                {"rate": 3.4},
            ),
            (U, "Um, no thanks.", R),
            (
                C,
                "We can also do a wax and tune on your own board while you're out, forty dollars.",
                RR,
            ),
            (U, "I don't have a board.", R),
            (C, "Okay, and our merino ski socks are two for thirty right now.", RR),
            (U, "No, I'm good.", R),
            (
                C,
                "And would you like to join the Peak Club? You get ten percent off every rental.",
                RR,
            ),
            (U, "Just the skis, please.", R),
            (C, "No problem, that's fifty-nine.", R),
        ],
    ),
    (
        "q10",
        "Calgary bike shop",
        ["rushed_upsell"],
        "energy gels, newsletter sign-up, search-and-rescue raffle and extended warranty fired off in quick succession",
        [
            (U, "Hey, I'm just here to pick up my bike. It's under Nguyen."),
            (
                C,
                "Got it. While you're here, do you want some energy gels? They're three for ten.",
                {"rate": 3.4},
            ),
            (U, "No thanks.", R),
            (C, "Can I sign you up for our newsletter? Just need your email.", RR),
            (U, "Uh, no.", R),
            (
                C,
                "And would you like a raffle ticket for Kananaskis mountain rescue? Five bucks.",
                RR,
            ),
            (U, "Not today.", R),
            (C, "We also do a two-year warranty on the drivetrain work for twenty-five.", RR),
            (U, "Can I just pay for the service?", R),
            (C, "Sure, that's one forty-five.", R),
        ],
    ),
    (
        "q11",
        "Banff outfitter",
        ["rushed_upsell"],
        "hiking socks, members' club, newsletter and mountain rescue raffle pushed one after another",
        [
            (U, "Hi, just this bear spray and a map of Lake Louise, please."),
            (
                C,
                "Great. Do you need any hiking socks? The merino ones are on special.",
                {"rate": 3.4},
            ),
            (U, "No, I'm fine.", R),
            (C, "Are you a member of our Trailhead Club? You'd save fifteen percent on this.", RR),
            (U, "No.", R),
            (
                C,
                "Would you like to sign up for our newsletter, and would you like to buy a raffle ticket for mountain rescue?",
                RR,
            ),
            (U, "No, thanks.", R),
            (C, "Okay. That's sixty-two eighty.", R),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Zermatt ski school desk",
        [],
        "NOT gossip: warm chat about the customer's own family holiday and the cashier's harmless good morning on the slopes",
        [
            (C, "Hello, good afternoon! How can I help?"),
            (U, "Hi, we'd like to book lessons for our two kids. They're seven and nine."),
            (C, "Lovely. Is this a family holiday?"),
            (
                U,
                "Yes, our first time in Switzerland. My parents came too, it's my dad's seventieth.",
            ),
            (C, "Oh, congratulations to him! Have you been up to see the Matterhorn yet?"),
            (U, "This morning, from Gornergrat. The kids couldn't stop taking photos."),
            (
                C,
                "It was so clear today. I got a couple of runs in before my shift and the snow was perfect.",
            ),
            (U, "Lucky you! So, lessons for the kids?"),
            (
                C,
                "Yes, I'd put them both in the Snowflakes group, mornings, Monday to Friday. That's 420 francs each.",
            ),
            (U, "Great, let's do that."),
            (C, "Wonderful. Have a lovely week, and happy birthday to your dad."),
        ],
    ),
    (
        "q13",
        "Chamonix climbing shop run by a British couple",
        [],
        "NOT gossip: a colleague praised for his resole work and the owner named only for a shop rule",
        [
            (U, "Hello, do you do resoles? My shoes are worn through at the toe."),
            (
                C,
                "We do. Our Tom does all our resoling, he's brilliant, he did my La Sportivas last month and they climb like new.",
            ),
            (U, "Oh great, how long does it take?"),
            (C, "About ten days. He'll do a rand repair too if it's needed."),
            (U, "Perfect. Could I also rent a harness while I'm waiting?"),
            (
                C,
                "Of course. Just so you know, Helen, who owns the place, has a rule that we need a passport as a deposit for rentals.",
            ),
            (U, "No problem, here you go."),
            (C, "Lovely. The resole is fifty-five euros and the harness is eight a day."),
            (U, "Great, thanks."),
        ],
    ),
    (
        "q14",
        "Banff outfitter",
        [],
        "NOT gossip: the customer gossips at length about a guide and his ex-wife; the cashier deflects politely and does not join in",
        [
            (C, "Hi there, what can I get you?"),
            (
                U,
                "Just some crampons for the Plain of Six Glaciers. Hey, do you know Kyle, the guide from Canmore?",
            ),
            (C, "I think I've seen him around, yeah."),
            (
                U,
                "He's a total mess. His wife left him for his business partner and he's been drinking before every tour. I wouldn't trust him on a rope.",
            ),
            (C, "Oh, I really wouldn't know about that. So, what boots are the crampons going on?"),
            (
                U,
                "Scarpa Mantas. Apparently, he's also behind on his rent and might lose his guide licence.",
            ),
            (C, "I'll leave that one alone, I think. These Grivel G10s fit the Mantas nicely."),
            (U, "Okay, I'll take them."),
            (C, "Great, that's 189 dollars. Have a fun trip to the glacier."),
        ],
    ),
    (
        "q15",
        "Calgary bike shop",
        [],
        "NOT repeated_question: the service order is read back once to confirm it, not asked again",
        [
            (C, "Hi, dropping something off?"),
            (U, "Yes, my gravel bike. It needs a full tune and new brake pads."),
            (C, "Sure. Anything else?"),
            (U, "Could you set up the front wheel tubeless too? I've got the tape already."),
            (C, "No problem. And when do you need it back?"),
            (U, "Thursday if possible, I've got a ride on the weekend."),
            (
                C,
                "Okay, so just to confirm: full tune, new pads, front wheel tubeless with your tape, ready on Thursday. Is that right?",
            ),
            (U, "Yes, that's everything."),
            (C, "Great, that comes to about 180 dollars. We'll text you when it's ready."),
        ],
    ),
    (
        "q16",
        "Whistler ski hire",
        [],
        "NOT repeated_question: the size question is repeated because the customer did not hear it; height and weight are different questions of the same shape",
        [
            (C, "Hey, what's your boot size?"),
            (U, "Sorry? It's really loud in here."),
            (C, "Your boot size, for the rental?"),
            (U, "Oh, a nine."),
            (C, "Great. And how tall are you?"),
            (U, "Five ten."),
            (C, "And what's your weight, roughly? It's for the DIN setting."),
            (U, "About 170 pounds."),
            (C, "Perfect. Give me five minutes and I'll have them ready."),
        ],
    ),
    (
        "q17",
        "Vancouver running store",
        [],
        "NOT rushed_upsell: a single tailored recommendation plus the usual bag and receipt questions, spread out",
        [
            (U, "Hi, I'll take these trail shoes, please."),
            (C, "Great choice. Are you doing the Grouse Grind or something longer?"),
            (U, "I'm doing the Knee Knackering trail race in July."),
            (
                C,
                "Oh, nice! With all that rooty, wet stuff on the North Shore, I'd say some grippy trail socks would help with blisters. These Darn Toughs are great.",
                {"pause": 1.5},
            ),
            (U, "Good idea, I'll take a pair."),
            (C, "Sure. That's 214 dollars.", {"pause": 3.0}),
            (U, "Here's my card."),
            (C, "Did you want a bag?", {"pause": 5.0}),
            (U, "No, I'm good."),
            (C, "And do you want the receipt?", {"pause": 2.0}),
            (U, "Sure, just pop it in the box."),
            (C, "There you go. Have a great race!"),
        ],
    ),
    (
        "q18",
        "Chamonix climbing shop run by a British couple",
        [],
        "NOT rushed_upsell: two offers (a guidebook, then the loyalty card) minutes apart in a long, relaxed chat",
        [
            (U, "Hi, I'm looking for a new rope. Something for single-pitch sport."),
            (
                C,
                "Lovely. This 9.8 is a great all-rounder, it's what my husband climbs on at Les Gaillands.",
            ),
            (U, "Oh, I've heard of that crag. Is it good?"),
            (
                C,
                "It's brilliant, and only five minutes from town. We've got the local topo here as well if you want it.",
                {"offers": ["topo"]},
            ),
            (U, "Sure, I'll take a look at that."),
            (C, "Where are you climbing back home?"),
            (U, "Mostly the Peak District, a bit of grit."),
            (
                C,
                "Ah, we're from Sheffield originally! We used to spend every weekend at Stanage.",
                {"pause": 8.0},
            ),
            (U, "No way! Small world."),
            (C, "It really is. Do you want the rope flaked and bagged?", {"pause": 6.0}),
            (U, "Yes, please."),
            (
                C,
                "And if you're around for a while, our climbers' card gives you ten percent off. No pressure.",
                {"pause": 25.0, "offers": ["climbers' card"]},
            ),
            (U, "Oh, maybe next time."),
            (C, "No problem. That's 220 euros with the topo."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout101", HELDOUT101, 1011)
