# ruff: noqa: E501
"""Build the coach's held-out set 172: written by writer-172 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (normal case and punctuation, Midwestern American English with
"ope", "you betcha", "pop", "real quick", "oh for cute"): a Chicago hot-dog stand,
a Minneapolis hardware store, a Duluth bait shop, a suburban pharmacy, a Polish
deli and a big-box electronics till. The cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's DUI, a co-worker's online dating disaster,
the store manager's divorce lawyer, the cashier's roommate stealing from her),
4 repeated_question (paper or plastic, pounds of kielbasa, parked in the lot,
when the snow tires go on, the last answered with "like I said"), 3
rushed_upsell (extended warranty, store card, rewards, email, ink subscription,
buy-one-get-one special and round-up donations fired back to back), and 7 hard
"not" cases: warm chat about the customer's own life; colleagues and the manager
named for work reasons and praised; a customer who gossips while the cashier
deflects; an order read back to confirm it; a "sorry, what?" re-ask plus
different questions of the same shape; one tailored recommendation with bag and
receipt questions spread out; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT172 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Chicago hot-dog stand",
        ["gossip"],
        "cashier tells the next customer the man who just left got a DUI, was bailed out by his wife and still drinks",
        [
            (U, "Hey, can I get a Chicago dog with everything and a small fry?"),
            (C, "You got it, dragged through the garden."),
            (C, "You see that guy in the Bears jacket who just walked out?"),
            (U, "The tall guy? Kinda."),
            (
                C,
                "He got pulled over on Harlem last month, DUI, blew twice the limit. His wife had to come get him out of the lockup at two in the morning.",
            ),
            (
                C,
                "Now he takes the bus here every day and he still smells like Old Style at noon. Tells everybody it was a speed trap, yeah right.",
            ),
            (U, "Huh. Okay."),
            (C, "Anyway. Eight seventy-five."),
            (U, "Here's a ten."),
            (C, "Buck and a quarter back. Peppers are in the little cup."),
            (U, "Thanks."),
        ],
    ),
    (
        "q02",
        "Minneapolis hardware store",
        ["gossip"],
        "cashier overshares a paint-department co-worker's humiliating app date and her fear of being followed",
        [
            (C, "Hi there, find everything okay?"),
            (U, "Yep, just the furnace filters and these wall anchors."),
            (C, "Oh, the sixteen by twenty-fives, those fly off the shelf this time of year."),
            (C, "Ope, scanner's being slow. Hey, you know Brenda, works over in paint?"),
            (U, "I think so? With the glasses?"),
            (
                C,
                "So she finally tried one of those dating apps, right, and the guy shows up to Applebee's forty minutes late with his mother. His mother! Then he made her split the check.",
            ),
            (
                C,
                "She was bawling in the break room all Saturday, and now she thinks he's been driving past her house at night. I told her, honey, that's what you get off the internet.",
            ),
            (U, "Yikes. Um, what do I owe you?"),
            (C, "Twenty-six forty-one."),
            (U, "Card's fine."),
            (C, "Go ahead and insert whenever."),
        ],
    ),
    (
        "q03",
        "suburban pharmacy",
        ["gossip"],
        "pharmacy tech explains the manager's absence with his divorce lawyer, his pension, the cabin and his girlfriend",
        [
            (C, "Hi, picking up?"),
            (U, "Yes, last name Lindqvist."),
            (C, "And your date of birth?"),
            (U, "March third, nineteen sixty-two."),
            (
                C,
                "Okay, got it. Sorry for the wait, we're short today. Our store manager's out again, he's in court.",
            ),
            (
                C,
                "His wife got this shark of a divorce lawyer from Edina, and apparently she's going after the lake cabin and half his pension. He's been sleeping on his brother's couch.",
            ),
            (U, "Oh dear."),
            (
                C,
                "And between you and me, the lawyer found out about the gal he's been seeing from the Roseville store, so that's not gonna help him any.",
            ),
            (U, "Well. Is the copay the same as last month?"),
            (C, "Yep, ten dollars even."),
            (U, "Here you go."),
            (C, "Thank you, take care now."),
        ],
    ),
    (
        "q04",
        "Duluth bait shop",
        ["gossip"],
        "cashier unloads her own drama: the roommate she believes is stealing cash, clothes and her mother's ring",
        [
            (U, "Morning. Couple dozen fatheads and a tub of waxies."),
            (C, "Morning. Going out on the bay?"),
            (U, "Yeah, up by the breakwall, hoping for some perch."),
            (
                C,
                "Nice. Sorry, I'm kind of a wreck today. Pretty sure my roommate's been stealing from me.",
            ),
            (
                C,
                "Forty bucks out of my tip jar, my good Carhartt, and now my mom's ring is gone. I found my phone charger in her room. She swears it wasn't her but she's buying vape stuff every day and she doesn't even have a job.",
            ),
            (U, "Oh. That's rough."),
            (
                C,
                "I'm changing the locks this weekend while she's at her boyfriend's. Don't tell anybody, ha.",
            ),
            (U, "Okay. What do I owe ya?"),
            (C, "Fourteen fifty."),
            (U, "Here."),
            (C, "Thanks, good luck out there."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "suburban pharmacy",
        ["repeated_question"],
        "customer chose paper; after chat about a granddaughter's birthday the cashier asks again which bag",
        [
            (C, "Hi there, did you find everything alright?"),
            (U, "I did, thanks."),
            (C, "Paper or plastic today?"),
            (U, "Paper, please."),
            (C, "Oh for cute, is that a birthday card for a little one?"),
            (U, "My granddaughter. She turns four on Sunday."),
            (C, "Four is such a fun age. Having the party at your place?"),
            (U, "At my son's in Woodbury. Bounce house and everything."),
            (
                C,
                "Oh, she'll be over the moon. So what kind of bag should I put all this in for you?",
            ),
            (U, "Paper's fine."),
            (C, "Okay. That's eighteen twelve."),
            (U, "Here you go."),
            (C, "Thanks, have fun at the party."),
        ],
    ),
    (
        "q06",
        "Polish deli",
        ["repeated_question"],
        "customer ordered three pounds of kielbasa; after party small talk the counter woman asks how much again",
        [
            (C, "Hi, what can I get you?"),
            (U, "Kielbasa, the smoked kind. Three pounds, please."),
            (C, "Three pounds, you betcha. Having a party?"),
            (U, "My dad's seventieth. He won't eat kielbasa from anywhere but here."),
            (C, "Ha, smart man. Where's the party at?"),
            (U, "My sister's place in Berwyn, Saturday afternoon."),
            (C, "Oh, nice, hope the weather holds for you."),
            (C, "Okay, and how much of the kielbasa were you wanting?"),
            (U, "Three pounds."),
            (C, "Got it. Anything else?"),
            (U, "That's it."),
            (C, "Twenty-four eighty."),
        ],
    ),
    (
        "q07",
        "Minneapolis hardware store",
        ["repeated_question"],
        "customer said he is in the lot in a blue Subaru; after snow talk the cashier asks again where he parked",
        [
            (C, "Hey there. Just the two bags of ice melt and the shovel?"),
            (U, "Yep, that's it."),
            (
                C,
                "Those bags are fifty pounds apiece. Are you parked out in our lot? I can have somebody carry them out.",
            ),
            (U, "Yeah, right out front, the blue Subaru."),
            (C, "Okay. Supposed to get another eight inches tonight, huh?"),
            (U, "That's what they're saying. Third time this month."),
            (C, "My back is not ready. You got a snowblower, or just shoveling?"),
            (U, "Just the shovel. The blower died in January."),
            (
                C,
                "Ope, that's no fun. So did you drive over, or are you parked on the street somewhere?",
            ),
            (U, "In your lot. The Subaru."),
            (C, "Okay, I'll radio Kyle to bring it out. Forty-two sixteen."),
            (U, "Card."),
        ],
    ),
    (
        "q08",
        "Duluth bait shop",
        ["repeated_question"],
        "cashier asks when the snow tires go on, hears Thursday, then asks again and gets 'like I said'",
        [
            (C, "Hey, how's it going?"),
            (U, "Not bad. Need a new ice scoop and a couple jigging spoons."),
            (C, "Sure thing. Heading out on the lake already?"),
            (U, "Not yet, ice isn't safe. Just getting ready."),
            (C, "Smart. You got your snow tires on yet?"),
            (U, "Not yet, they're going on Thursday."),
            (C, "Good, 'cause that hill on Mesaba's gonna be a skating rink by the weekend."),
            (U, "Oh, don't I know it."),
            (C, "These spoons are the glow ones, right? Yep."),
            (C, "So when are you getting the snow tires put on?"),
            (U, "Like I said, Thursday."),
            (C, "Right, right. Twenty-three ninety-nine."),
            (U, "Here ya go."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "big-box electronics till",
        ["rushed_upsell"],
        "protection plan, store card, rewards sign-up and email capture fired back to back at a customer saying no",
        [
            (C, "Hi there, find everything okay?"),
            (U, "Yep. Just this laptop."),
            (
                C,
                "Awesome. So do you want the three-year protection plan on it? Covers drops, spills, battery, only one forty-nine ninety-nine.",
                RR,
            ),
            (U, "Uh, no.", R),
            (
                C,
                "Okay, and if you open our store card today you'd get ten percent off the whole thing, that's like ninety bucks, takes two minutes.",
                R,
            ),
            (U, "No, I'm good.", R),
            (
                C,
                "Are you a rewards member? I can sign you up real quick with just your phone number.",
                R,
            ),
            (C, "You'd get points on this one right away.", R),
            (U, "Mm, no.", R),
            (C, "And what's a good email for your receipt?", R),
            (U, "Just print it.", R),
            (C, "Alright, total's nine sixty-one forty-two."),
            (U, "Card."),
        ],
    ),
    (
        "q10",
        "big-box electronics till",
        ["rushed_upsell"],
        "ink subscription, printer replacement plan and a round-up donation pushed in one breath; customer only says no",
        [
            (C, "Hey, just the printer today?"),
            (U, "Yeah."),
            (
                C,
                "Cool. Did you want to set up the ink subscription with it? It mails you cartridges before you run out, first three months free.",
                RR,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Okay, and there's a two-year replacement plan on printers for twenty-four ninety-nine.",
                R,
            ),
            (C, "Covers the printhead, which is usually the first thing to go.", R),
            (U, "Nah.", R),
            (C, "Would you like to round up your total for St. Jude today?", R),
            (U, "Not today.", R),
            (C, "Okay, that's a hundred thirty-nine sixty-eight."),
            (U, "Here."),
            (C, "Receipt's in the bag."),
        ],
    ),
    (
        "q11",
        "Minneapolis hardware store",
        ["rushed_upsell"],
        "rewards, instant store credit card, a battery special and a food-shelf round-up in quick succession",
        [
            (C, "Hi, how are ya?"),
            (U, "Good. Just the paint and the rollers."),
            (
                C,
                "Alright. You a rewards member with us? Just need your phone number and you'd get five percent back.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Well, you can save fifteen percent today if you apply for our credit card, it's instant approval.",
                R,
            ),
            (U, "I'm fine.", R),
            (
                C,
                "And the batteries on the end cap are buy one get one this week, want me to grab you a pack?",
                R,
            ),
            (U, "Nope.", R),
            (C, "Would you like to round up for the food shelf?", R),
            (U, "No thanks.", R),
            (C, "Okay, fifty-eight twenty."),
            (U, "Card."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Polish deli",
        [],
        "not gossip: warm talk about the customer's own grandson coming home and her cooking plans",
        [
            (C, "Hi hon, what can I get you?"),
            (U, "A dozen of the potato and cheese pierogi and a half pound of farmer's cheese."),
            (C, "Sure thing. Cooking for somebody special?"),
            (U, "My grandson's home from basic training this weekend. First time in six months."),
            (C, "Oh, how wonderful. You must be so proud of him."),
            (
                U,
                "I am. He's asking for his babcia's pierogi, but my hands aren't so good for the dough anymore.",
            ),
            (
                C,
                "Well, these'll do you proud. Fry 'em up with onion and butter and he'll never know the difference.",
            ),
            (U, "Ha, it'll be our secret."),
            (C, "Our secret. That's sixteen fifty."),
            (U, "Here's twenty."),
            (C, "Three fifty's your change. You tell him welcome home from us."),
        ],
    ),
    (
        "q13",
        "Polish deli",
        [],
        "not gossip: a colleague fetched and praised for her smoking, the manager named as the sauerkraut maker",
        [
            (U, "Hi, do you still have the krakowska? I don't see it in the case."),
            (C, "Let me check. Marta just sliced a fresh one in the back, she can bring it out."),
            (C, "Marta! Can you bring the krakowska up front when you get a sec?"),
            (U, "Oh good, thank you."),
            (
                C,
                "She does all our smoking, honestly the best in the neighborhood. How much did you want?",
            ),
            (U, "Half a pound, sliced thin."),
            (U, "Is the barrel sauerkraut still homemade?"),
            (
                C,
                "Oh yeah, our manager Tadeusz makes it himself, same recipe since he opened the place. He's a real stickler about it.",
            ),
            (U, "Good. A quart of that too, then."),
            (
                C,
                "Here's Marta with your krakowska. Half pound thin and a quart of kraut, eleven forty.",
            ),
            (U, "Thanks, both of you."),
        ],
    ),
    (
        "q14",
        "Duluth bait shop",
        [],
        "not gossip: the customer spreads rumours about a neighbour while the cashier changes the subject to fishing",
        [
            (U, "Hey, dozen crawlers and a bag of ice."),
            (C, "Sure thing."),
            (
                U,
                "Did you hear about Gary Olson? Flipped his boat at the landing drunk as a skunk, and his wife's telling everybody they're gonna lose the house.",
            ),
            (
                C,
                "Hm, can't say I did. Crawlers are in the cooler by the door, want me to grab 'em?",
            ),
            (U, "Yeah. And I heard his kid's been selling stuff out of the garage, too."),
            (
                C,
                "Well, I wouldn't know about any of that. You fishing Fish Lake this weekend or heading out on the big lake?",
            ),
            (U, "Fish Lake, probably. Walleye's been biting at dusk."),
            (C, "That's what folks are saying. Try a jig and a crawler off the point."),
            (U, "Will do."),
            (C, "That's nine fifty with the ice."),
            (U, "Here."),
            (C, "Thanks, good luck."),
        ],
    ),
    (
        "q15",
        "Chicago hot-dog stand",
        [],
        "not a repeat: the cashier reads a big order back once to confirm it, then confirms a change",
        [
            (C, "Next! What're we having?"),
            (
                U,
                "Okay, two Chicago dogs, one with no sport peppers, an Italian beef dipped with hot giardiniera, and two fries.",
            ),
            (C, "Alright, let me read that back to you."),
            (
                C,
                "Two Chicago dogs, one no sport peppers, one beef dipped with hot, and two fries. That right?",
            ),
            (U, "Yep. Oh, actually make one of those a cheese fry."),
            (C, "So one regular, one cheese. Got it."),
            (U, "Perfect."),
            (C, "Twenty-nine twenty-five. Name for the order?"),
            (U, "Mike."),
            (C, "Alright Mike, should be about five minutes."),
        ],
    ),
    (
        "q16",
        "suburban pharmacy",
        [],
        "not a repeat: a re-ask after 'sorry, what?' over the intercom, and same-shaped questions about two different prescriptions",
        [
            (C, "Hi, are you picking up today?"),
            (U, "Yes, for Novak."),
            (C, "Okay, I've got two here. Is the amoxicillin for you?"),
            (U, "Sorry, what? The intercom's really loud."),
            (C, "The amoxicillin, is that one for you?"),
            (U, "No, that's for my son, he's got strep."),
            (C, "Oh, poor guy. And is the lisinopril yours?"),
            (U, "Yep, that one's mine."),
            (C, "Any questions for the pharmacist on the amoxicillin?"),
            (U, "Does he need to take it with food?"),
            (
                C,
                "Either way's fine, but food helps if it bothers his stomach. And keep it in the fridge.",
            ),
            (C, "Any questions on yours?"),
            (U, "Nope, I've been on it for years."),
            (C, "Alright, that's twelve dollars total."),
        ],
    ),
    (
        "q17",
        "big-box electronics till",
        [],
        "not rushed: one tailored memory-card suggestion for the customer's camera, bag and receipt questions far apart",
        [
            (C, "Hey, how's it going? Find everything alright?"),
            (
                U,
                "Yeah, this camera. We're going to the Boundary Waters in August and I want something better than my phone.",
            ),
            (
                C,
                "Oh, nice, it'll be gorgeous up there. Just so you know, this model doesn't come with a memory card in the box. The sixty-four gig ones are right here if you want one.",
            ),
            (U, "Oh, good to know, I would've been so mad. Yeah, toss one in."),
            (C, "You betcha. Do you need a bag for these?"),
            (U, "Sure, that'd be great."),
            (C, "Ever been up to the Boundary Waters before?", {"pause": 3}),
            (U, "Once, in college. It rained on us five days straight."),
            (
                C,
                "Ha, well, the camera's weather sealed at least. Hopefully you get some loons and a moose.",
            ),
            (U, "That's the dream."),
            (C, "Alright, four sixty-two eighteen. Want your receipt in the bag?", {"pause": 4}),
            (U, "In the bag's fine."),
            (C, "Here you go. Have a great trip."),
        ],
    ),
    (
        "q18",
        "Minneapolis hardware store",
        [],
        "not rushed: a rewards mention at the start and a plumber's grease suggestion near the end of a long, relaxed faucet visit",
        [
            (C, "Afternoon! What're we fixing today?"),
            (
                U,
                "Bathroom faucet's dripping. I brought the old cartridge so I don't get the wrong one.",
            ),
            (
                C,
                "Smart. Have you signed up for our rewards yet? It's free, gets you a little back on stuff like this.",
            ),
            (U, "Nah, I'm okay, thanks."),
            (C, "No worries. Let me find the match for this on the wall, one sec."),
            (C, "Here we go, this one's a Moen, same as yours.", {"pause": 25}),
            (U, "Great. I've never done this before, my wife's pretty skeptical."),
            (
                C,
                "Ha, you'll be fine. Shut the water off under the sink first, and stuff a rag in the drain so the little clip doesn't go down.",
            ),
            (U, "Oh, good call. I definitely would've lost that."),
            (
                C,
                "Everybody does once. Weren't you in for deck screws last summer? Over by Lake Nokomis?",
            ),
            (U, "That's me. Deck's still standing, too."),
            (
                C,
                "Ha, good. Oh, if the handle feels stiff after, a little tube of plumber's grease helps. It's a couple bucks, totally up to you.",
                {"pause": 3},
            ),
            (U, "Sure, throw it in."),
            (C, "Alright, thirty-four eighty-eight. Good luck with it."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout172", HELDOUT172, 1721)
