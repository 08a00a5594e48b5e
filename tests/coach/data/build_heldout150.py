# ruff: noqa: E501
"""Build the coach's held-out set 150: written by writer-150 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): staff and regulars in
retirement towns in Florida and Arizona, at a pharmacy, a golf pro shop, a deli, a
bakery, a garden centre and a hardware store. Older customers who like to chat,
friendly staff ("sweetie", "you folks", "have a blessed day"); the cashier sometimes
speaks twice in a row.

Mix: 4 gossip (a resident's new boyfriend at the clubhouse, the previous customer's
shoplifting, the pharmacist's divorce, the cashier's own son's legal trouble), 4
repeated_question (glove size, pounds of turkey answered with a number both times,
kind of rye, pickup time; each re-asked in other words after a long digression), 3
rushed_upsell (rewards card, flu shot, club membership, warranty, survey, newsletter
and round-up pushed back to back at a customer who wants to leave), and 7 hard "not"
cases: warm chat about the customer's own birthday party plans; a manager paged to
approve a return and a colleague praised for plumbing know-how; a customer gossips
while the cashier deflects; a deli order read back to confirm it; a "sorry?" re-ask
plus different confirm-your-details questions of the same shape; one tailored
fertiliser recommendation with the routine bag and receipt questions; two offers far
apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT150 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Arizona golf pro shop",
        ["gossip"],
        "cashier spreads talk about a widowed resident's much younger new boyfriend and her daughter's suspicions",
        [
            (C, "Morning, Mr. Halvorsen! Back for more balls already?"),
            (U, "Lost three in the water on seven. Same as always."),
            (C, "That pond's got half our inventory in it."),
            (
                C,
                "Hey, did you see Marjorie Pruitt at the clubhouse Friday night? With her new fella?",
            ),
            (U, "Can't say I did."),
            (
                C,
                "Oh, honey, everybody saw. He's got to be fifteen years younger than her, drives a red Corvette, and word is he's already moved into her place on Egret Circle. Her husband's barely been gone a year.",
            ),
            (
                C,
                "Her daughter's fit to be tied. Thinks he's after the money, and between you and me, I don't blame her one bit.",
            ),
            (U, "Well. Just the dozen Pro V1s, please."),
            (C, "Fifty-four ninety-nine. You want that on your member account?"),
            (U, "Please."),
        ],
    ),
    (
        "q02",
        "Florida hardware store",
        ["gossip"],
        "cashier tells the next customer the previous one was caught shoplifting and adds rumours about his money troubles",
        [
            (C, "Find everything you needed, sir?"),
            (U, "Got my sprinkler heads and the Teflon tape. That's it."),
            (C, "Good deal. You just missed all the excitement."),
            (
                C,
                "Fella right ahead of you, the one in the Hawaiian shirt? Had a whole box of drill bits stuffed down his shorts. Gene caught him on the camera.",
            ),
            (U, "You don't say."),
            (
                C,
                "Third time this month. He lives over in the Palm Grove park, everybody knows him. His wife was in here last week crying about the bills, and I heard he's been losing his shirt at the dog track.",
            ),
            (U, "Huh. What do I owe you?"),
            (C, "Eighteen seventy-two."),
            (U, "Here's a twenty."),
            (C, "And one twenty-eight is your change. Have a good one."),
        ],
    ),
    (
        "q03",
        "Florida pharmacy",
        ["gossip"],
        "front clerk overshares the pharmacist's divorce, where he is sleeping and his wife's supposed affair",
        [
            (C, "Hi, Mrs. Delgado. Picking up today?"),
            (U, "Yes, my blood pressure pills, and Dr. Kaplan called in something for my knee."),
            (
                C,
                "Let me look. Okay, I've got both. The knee cream's going to be a minute, Dr. Feld is still checking it.",
            ),
            (U, "That's fine, I'm in no hurry."),
            (
                C,
                "Poor man's moving slow today. You know his wife left him? Packed up and went back to Ohio with the boat and the dog.",
            ),
            (
                C,
                "He's sleeping on a cot in his brother's spare room, and he told me she was carrying on with somebody from her water aerobics class the whole time. Can you imagine?",
            ),
            (U, "Oh dear. That's his business, I suppose."),
            (
                C,
                "Well, it's all anybody talks about back there. Okay, here's the knee cream. Eight dollars even with your Medicare.",
            ),
            (U, "Here you go."),
            (C, "Thank you, sweetie. Have a blessed day."),
        ],
    ),
    (
        "q04",
        "Florida bakery",
        ["gossip"],
        "cashier unloads her own son's DUI arrest, jail calls and family fight over the lawyer's fee on a customer",
        [
            (U, "Good morning. Could I get half a dozen of the cinnamon rolls?"),
            (C, "Morning! Coming right up. Sorry if I'm a little scattered today."),
            (U, "Oh, we all have those days."),
            (
                C,
                "It's my boy, Travis. He got picked up Saturday night for a DUI out on the highway, second one this year, and he rear-ended a county truck.",
            ),
            (
                C,
                "Now the lawyer wants five thousand up front, my husband says we're not paying another dime, and Travis calls me from the jail every night begging. I haven't slept in three days.",
            ),
            (U, "Oh, I'm so sorry, dear."),
            (
                C,
                "And it's the same judge who had him last time, so who knows. Anyway. That's eleven fifty for the rolls.",
            ),
            (U, "Here's twelve. Keep the change."),
            (C, "Thank you, hon. You enjoy those."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Arizona garden centre",
        ["repeated_question"],
        "cashier asks which glove size, gets 'medium', chats about cactus and the botanical garden, then asks what size fits her",
        [
            (C, "Hi there! Find everything okay?"),
            (U, "I did. These gardening gloves, and the bag of cactus mix."),
            (
                C,
                "The gloves come in small, medium and large, the ones on the rack are just for display. Which size do you need?",
            ),
            (U, "Medium. My hands aren't what they used to be, but they're still a medium."),
            (C, "Perfect. Cactus mix, are you starting a new bed?"),
            (
                U,
                "My grandson gave me a golden barrel for my birthday and I've gone and bought four more. My husband says the patio's turning into a desert museum.",
            ),
            (
                C,
                "Ha! Well, you're in the right state for it. Those golden barrels love the sun, just watch them the first summer so they don't scorch.",
            ),
            (
                U,
                "That's what the fellow at the Desert Botanical Garden told us too. We went up there last month with the church group.",
            ),
            (
                C,
                "Oh, isn't it gorgeous this time of year? The wildflowers must have been something.",
            ),
            (U, "Just beautiful. We had lunch at the little café there too."),
            (C, "Okay, now for the gloves, what size fits you best, hon?", {"pause": 3.0}),
            (U, "Medium, like I said."),
            (C, "Medium, right. That's twenty-six thirty with the cactus mix."),
        ],
    ),
    (
        "q06",
        "Florida deli",
        ["repeated_question"],
        "customer says a pound and a half of turkey, talks about the grandkids' visit, and the clerk asks how many pounds again; number both times",
        [
            (C, "Next! Hi, folks, what can I get for you?"),
            (U, "I'd like some of the oven-roasted turkey, please."),
            (C, "Sure. How much turkey do you want?"),
            (U, "A pound and a half. We've got the kids coming down from Michigan Saturday."),
            (C, "Oh, how fun. How long are they staying?"),
            (
                U,
                "A whole week. My daughter, her husband and the three grandbabies. I don't know where we'll put everybody in a two-bedroom condo.",
            ),
            (
                C,
                "You'll make it work. Air mattress in the living room, that's how we always did it.",
            ),
            (U, "That's the plan. And the little one wants to go to the beach every single day."),
            (
                C,
                "Well, the water's warm enough now. Alright, and on the turkey, how many pounds was I slicing for you?",
            ),
            (U, "One and a half pounds."),
            (C, "You got it. Thin or regular?"),
            (U, "Thin, please."),
        ],
    ),
    (
        "q07",
        "Arizona bakery",
        ["repeated_question"],
        "cashier asks which rye, is told seeded, talks about the husband's Reubens, then lists the ryes and asks again",
        [
            (C, "Hi, sweetie, what can I get you today?"),
            (U, "A loaf of rye, please. My husband's making Reubens tonight."),
            (
                C,
                "Oh, yum. We've got the Jewish rye, the marble and the seeded. Which would you like?",
            ),
            (U, "The seeded. He won't eat it without caraway."),
            (C, "A man who knows what he wants. Is he doing his own corned beef?"),
            (
                U,
                "From scratch. He's been brining a brisket since Sunday. Ever since he retired he's turned into a regular chef, watches those cooking shows all afternoon.",
            ),
            (C, "Now that's a hobby I could get behind."),
            (U, "It has its downsides, believe me. The kitchen looks like a bomb went off."),
            (
                C,
                "Ha! Okay. So which of the ryes were you after, the plain, the marble, or the one with the seeds in it?",
            ),
            (U, "The seeded one. With the caraway."),
            (C, "Sliced?"),
            (U, "Yes, please."),
            (C, "Coming right up."),
        ],
    ),
    (
        "q08",
        "Arizona pharmacy",
        ["repeated_question"],
        "clerk asks when she will come for the prescription, hears three tomorrow, chats about bridge, then asks what time she plans to pick it up",
        [
            (U, "Hi, I'm here to drop off a new prescription from Dr. Nguyen."),
            (
                C,
                "Sure, let me take a look. Okay, this one we have to order in, it should arrive tomorrow. When would you like to come get it?",
            ),
            (U, "Tomorrow afternoon, around three. After my bridge game."),
            (C, "Bridge! Is that the group over at the rec center?"),
            (
                U,
                "Tuesdays and Thursdays. We've played together eleven years. Four widows and a retired dentist.",
            ),
            (C, "Oh, I love that. My grandma played until she was ninety-one."),
            (
                U,
                "That's the secret, keep the brain busy. Last week I made a grand slam, first one in years.",
            ),
            (
                C,
                "Well, congratulations! Okay, I've got your insurance on file. And what time were you planning to swing by for this?",
            ),
            (U, "Three o'clock. Around three."),
            (C, "Three it is. We'll text you when it's ready."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Florida pharmacy",
        ["rushed_upsell"],
        "rewards card, flu shot and receipt survey fired back to back at a woman whose husband is circling the lot",
        [
            (C, "Next in line! Hi there."),
            (
                U,
                "Just the eye drops and the aspirin, please. My husband's circling the lot, he can't find a space.",
            ),
            (
                C,
                "Okay. Do you have our Wellness Rewards card? If not I can sign you up right now, you'd save two dollars today.",
                RR,
            ),
            (U, "No, thank you, I", R),
            (
                C,
                "And have you had your flu shot yet this year? Our pharmacist can do it in five minutes, no appointment needed.",
                R,
            ),
            (U, "Not today.", R),
            (
                C,
                "And if you take the survey on the bottom of your receipt you're entered for a five-hundred-dollar gift card, it's only ten questions.",
                R,
            ),
            (U, "Really, I have to run."),
            (C, "Of course. Eleven eighty-seven."),
            (U, "Here."),
            (C, "Thanks, sweetie. Have a blessed day!"),
        ],
    ),
    (
        "q10",
        "Arizona golf pro shop",
        ["rushed_upsell"],
        "club membership, rangefinder protection plan, demo day and newsletter email pushed at a visitor about to miss her tee time",
        [
            (
                U,
                "Just the glove and this rangefinder, quick as you can. My tee time's at nine-ten.",
            ),
            (
                C,
                "You bet. Now, are you a member here? Our annual club membership gets you twenty percent off everything in the shop.",
                RR,
            ),
            (U, "I'm just visiting my sister.", R),
            (
                C,
                "On the rangefinder I'd really recommend the three-year protection plan, covers drops, water, everything, only thirty-nine ninety-nine.",
                R,
            ),
            (
                C,
                "We also have a demo day Saturday, want me to put your name down? And can I grab your email for the newsletter?",
                R,
            ),
            (U, "No. Please, I'm going to miss my tee time.", R),
            (C, "No problem! That's two sixty-four twelve."),
            (U, "Card."),
            (C, "Go ahead and tap. Have a great round!"),
        ],
    ),
    (
        "q11",
        "Florida hardware store",
        ["rushed_upsell"],
        "replacement plan, rewards account, round-up donation and receipt survey rattled off while the customer's wife waits in the truck",
        [
            (C, "Hey there, you find it all right?"),
            (
                U,
                "Yep. Just the drill. The wife's out in the truck, we're heading up to her sister's.",
            ),
            (
                C,
                "Great. You want to add the two-year replacement plan on that drill? Burns out, we swap it, no questions.",
                RR,
            ),
            (U, "Nah.", R),
            (
                C,
                "Okay, do you have a Pro Rewards account? I can set one up with your phone number, you'd get points on this.",
                R,
            ),
            (C, "And we're asking everybody if they'd round up for the Veterans' Fund today.", R),
            (U, "Fine, round it up, just", R),
            (
                C,
                "And there's a quick survey on the receipt, do it online and you get ten percent off next time.",
                R,
            ),
            (U, "Okay. Thanks."),
            (C, "Eighty-nine dollars even. You folks have a safe trip."),
        ],
    ),
    # ----------------------------------------------------------- not cases
    (
        "q12",
        "Florida bakery",
        [],
        "not gossip: warm chat about the customer's husband's eightieth birthday party, her son and his Navy buddy, all her own plans",
        [
            (C, "Well hello, Mrs. Abernathy! What are we celebrating? You've got that look."),
            (U, "Harold turns eighty on Sunday! I need a cake for about twenty people."),
            (C, "Eighty! Oh, that's wonderful. Are you having the party at the house?"),
            (
                U,
                "At the clubhouse by the pool. Our son is flying in from Denver, and Harold doesn't know it but his old Navy buddy is driving down from Jacksonville.",
            ),
            (C, "Oh, he's going to cry. What does Harold like? Chocolate?"),
            (U, "German chocolate, always has."),
            (
                C,
                "We can do a half sheet of German chocolate, that serves about twenty-four. Want anything written on it?",
            ),
            (U, "Happy eightieth, Captain. That's what everybody calls him."),
            (
                C,
                "I love it. That'll be ready Saturday by noon, forty-two dollars, you pay when you pick up.",
            ),
            (C, "And you tell the Captain happy birthday from all of us at the counter."),
            (U, "I will, dear. Thank you."),
        ],
    ),
    (
        "q13",
        "Arizona hardware store",
        [],
        "not gossip: the manager is paged by name to approve a return and a colleague is praised and recommended for plumbing help",
        [
            (
                U,
                "I need to return this faucet cartridge, it's the wrong one. And I still need the right one.",
            ),
            (C, "No problem. Do you have your receipt?"),
            (U, "Right here."),
            (
                C,
                "Okay. Returns over forty dollars need a manager's okay, so let me page Rosalind, she's on today. Shouldn't be a minute.",
            ),
            (
                C,
                "And for the right cartridge, go see Manny back in plumbing, aisle twelve, and take the old one with you. He's been doing plumbing thirty years, he can match anything. He's the best we've got.",
            ),
            (U, "Manny, aisle twelve. Got it."),
            (C, "Here's Rosalind now. Ros, can you key in this return for me?"),
            (U, "Thank you."),
            (C, "All set, forty-six eighty back on your Visa. Manny will fix you right up."),
            (U, "Appreciate it, young lady."),
        ],
    ),
    (
        "q14",
        "Florida deli",
        [],
        "not gossip: the customer gossips about a neighbour's husband while the clerk declines to engage and goes back to the order",
        [
            (C, "Hi, hon. What'll it be?"),
            (U, "Half a pound of the Muenster. And did you hear about Phyllis Weinberg?"),
            (C, "Half of Muenster, coming up. Sliced regular?"),
            (
                U,
                "Regular. They say her husband's been sneaking over to the widow in building C every afternoon. The whole pinochle table knows.",
            ),
            (C, "Oh, I stay out of all that, sweetie. I can barely keep my own life straight."),
            (
                U,
                "Well, I'm only telling you what I heard. She's bound to find out sooner or later.",
            ),
            (C, "Mm. Anything else for you today?"),
            (U, "A quart of the coleslaw."),
            (C, "Here's your cheese and your slaw, that's nine twenty-five."),
            (U, "There you go."),
            (C, "Thank you! Have a blessed day."),
        ],
    ),
    (
        "q15",
        "Arizona deli",
        [],
        "not a repeat: the clerk reads the whole order back once to confirm it and the customer adds a slicing note",
        [
            (C, "Hi there, you folks ready to order?"),
            (U, "Yes. A pound of the honey ham, sliced thin."),
            (C, "Pound of honey ham, thin. What else?"),
            (
                U,
                "Half a pound of Swiss and a pint of the potato salad. Oh, and a half pound of the hard salami.",
            ),
            (C, "Okay."),
            (U, "It's for the card club. They'll eat anything that isn't nailed down."),
            (
                C,
                "Ha! Sounds like a good time. Let me read that back so I don't mess it up: one pound honey ham thin, half pound Swiss, half pound hard salami and a pint of potato salad. That right?",
            ),
            (U, "That's it. Oh, the Swiss sliced thin too, please."),
            (
                C,
                "Thin on the Swiss, got it. That'll be about twenty-eight dollars, give me five minutes.",
            ),
            (U, "Wonderful, thank you."),
        ],
    ),
    (
        "q16",
        "Florida pharmacy",
        [],
        "not a repeat: a 'sorry?' re-ask over the ice machine noise, then distinct confirm-your-details questions of the same shape",
        [
            (C, "Hi, welcome in. Picking up today?"),
            (U, "Yes, for Walter Brennan."),
            (C, "And the date of birth?"),
            (U, "April twelfth, forty-one."),
            (C, "Sorry, sweetie? The ice machine's going, I didn't catch that."),
            (U, "April twelfth, nineteen forty-one."),
            (C, "Thank you. Okay, I have two for you, the metoprolol and the eye drops."),
            (C, "Is your address still four-twelve Flamingo Way?"),
            (U, "Yes, still there."),
            (C, "And is the phone number still the one ending in six-six-oh-two?"),
            (U, "That's right."),
            (C, "Do you have any questions for the pharmacist about the eye drops?"),
            (U, "No, I've used them before."),
            (C, "Okay, your copay comes to fifteen forty. Sign right there for me."),
        ],
    ),
    (
        "q17",
        "Arizona garden centre",
        [],
        "not rushed: one tailored citrus-food recommendation for alkaline soil, then loading help, bag and receipt spread over a relaxed chat",
        [
            (C, "Good morning! Oh, a Meyer lemon, good choice."),
            (U, "My late husband always wanted one. I finally decided to plant it myself."),
            (C, "Well, he'd be proud of you. Where are you putting it?"),
            (U, "East side of the house, by the patio wall."),
            (
                C,
                "That's perfect, morning sun and a little shade in the afternoon. Since our soil out here's so alkaline, I'd pick up a bag of citrus food with the chelated iron, that's what keeps the leaves from going yellow. It's on the endcap right there.",
            ),
            (U, "Oh, I'd better. Grab me one, would you?"),
            (C, "Sure thing. How are you getting the tree home? Need help loading it?"),
            (U, "My neighbor's waiting in the lot with his truck."),
            (C, "Oh good. Would you like a bag for the fertilizer?"),
            (U, "No, it can ride in the truck bed."),
            (C, "Okay, that's fifty-eight seventy-five."),
            (U, "Here's my card."),
            (C, "All set. Would you like your receipt, hon?"),
            (U, "Yes, please. Thank you so much."),
        ],
    ),
    (
        "q18",
        "Florida golf pro shop",
        [],
        "not rushed: a ball special early and a league flyer at the end, with bunker advice and a long relaxed chat in between",
        [
            (C, "Afternoon, Mrs. Castellano. How'd you play?"),
            (
                U,
                "Terrible on the front, decent on the back. I need a sleeve of balls and maybe a hat, this sun is murder.",
            ),
            (
                C,
                "The wide-brim ones are right behind you. And just so you know, the Callaway balls are buy two sleeves, get one free this week.",
            ),
            (
                U,
                "Oh, I'll just take the one, thank you. I lose them so fast it doesn't matter what brand.",
            ),
            (C, "Ha, fair enough. Which hole got you today?"),
            (U, "The fourth, with that bunker by the green. I was in it twice."),
            (
                C,
                "That bunker's a beast. What helped me was opening the face more and hitting about two inches behind the ball. Don't try to pick it clean.",
            ),
            (U, "I'll try that. My lesson with Coach Denny isn't till next month."),
            (C, "He'll sort you out. He's wonderful with sand shots."),
            (U, "I'll take this white hat, then."),
            (C, "Looks good on you. That's thirty-one fifty with the sleeve.", {"pause": 4.0}),
            (
                C,
                "Oh, and the ladies' nine-hole league starts up again in October. If you'd like, I can tuck a flyer in your bag.",
            ),
            (U, "Sure, throw it in. Thanks, hon."),
            (C, "Enjoy the rest of your day, and remember, two inches behind!"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout150", HELDOUT150, 1501)
