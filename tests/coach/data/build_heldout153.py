# ruff: noqa: E501
"""Build the coach's held-out set 153: written by writer-153 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, laid-back west coast
speech, some very polite and some terse customers): the Pacific Northwest, i.e.
Seattle, Portland and small towns. A drive-through espresso stand, a co-op grocery,
an outdoor gear shop, an independent bookstore, a ferry terminal snack bar and a
bike shop.

Mix: 4 gossip (a regular's husband's DUI, the previous customer's bounced cheques,
the manager's secret second job, the cashier's own roommate cheating), 4
repeated_question (oat or dairy milk answered in the customer's first turn, which
trail map, how many pounds of bulk coffee, paper or e-receipt, each re-asked in
other words after a digression), 3 rushed_upsell (membership, donation round-up,
gear warranty, rewards app and newsletter fired at customers racing for a ferry),
and 7 hard "not" cases: warm chat about the customer's own life; a colleague named
for a work reason and the manager praised; the customer gossips while the cashier
deflects; an order read back to confirm it; a "sorry?" re-ask plus different
questions of the same shape; one tailored recommendation with the routine bag and
receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT153 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "drive-through espresso stand, Olympia",
        ["gossip"],
        "barista tells a customer about a regular's husband getting a DUI, his licence and her crying at the window",
        [
            (C, "Hey there, welcome! What can I get started for you?"),
            (U, "Hi. Could I get a twelve-ounce vanilla latte, extra hot?"),
            (C, "For sure. Whole milk okay?"),
            (U, "Yep, whole's great."),
            (
                C,
                "Rad. Hey, you know Marcy? White Subaru, comes through every morning around seven?",
            ),
            (U, "Uh, I think so?"),
            (
                C,
                "Her husband got popped for a DUI Saturday night. Blew way over the limit right on Capitol Way, and they towed his truck and everything.",
            ),
            (
                C,
                "She was crying at the window this morning. It's his second one, so he's totally losing his license, and now she has to drive him to work. Don't tell her I said anything.",
            ),
            (U, "Oh. Yikes."),
            (C, "Right? Anyway, that's five seventy-five."),
            (U, "Here's a ten. Keep the change."),
            (C, "Aw, thank you! Have a good one."),
        ],
    ),
    (
        "q02",
        "co-op grocery, Portland",
        ["gossip"],
        "cashier runs down the previous customer for bouncing cheques and says he knows his account is empty",
        [
            (C, "Hi! Did you bring your own bags today?"),
            (U, "I did, here you go."),
            (
                C,
                "Perfect. Oh man, did you catch the guy right in front of you? Ponytail, the Birkenstocks?",
            ),
            (U, "Kind of. Why?"),
            (
                C,
                "He tried to write us a check again. We're not even allowed to take them from him anymore, he's bounced like three in a row. The last one was almost two hundred bucks.",
            ),
            (
                C,
                "And every single time he acts all shocked about it. I honestly think he knows there's nothing in that account.",
            ),
            (U, "Huh. Well, I'm paying with a card, so."),
            (C, "Ha, no worries, you're good. That's forty-two eighteen."),
            (U, "Tap is fine?"),
            (C, "Totally. You're all set, have a good night."),
        ],
    ),
    (
        "q03",
        "independent bookstore, Seattle",
        ["gossip"],
        "clerk reveals the manager secretly drives rideshare at night and lies to the owner about being sick",
        [
            (U, "Hi, just these two, please."),
            (C, "Oh, nice picks. The Le Guin is one of my all-time favorites."),
            (U, "First time reading her, actually."),
            (C, "You're in for a treat."),
            (
                C,
                "Okay, don't spread this around, but you see the guy in the back office? That's our manager, Trevor.",
            ),
            (
                C,
                "He's been driving rideshare at night for months and he's hiding it from the owner. I saw him pick somebody up on Pike at like one a.m., and then he called in the next day saying he had a migraine.",
            ),
            (U, "Uh, okay. I guess that's his business."),
            (
                C,
                "I mean, he calls in sick constantly, so it's kind of everyone's business. Anyway, that's thirty-four fifty.",
            ),
            (U, "Card, please."),
            (C, "Go ahead and insert whenever you're ready."),
        ],
    ),
    (
        "q04",
        "bike shop, Portland",
        ["gossip"],
        "mechanic at the till overshares that her roommate is cheating on her boyfriend and the mess she walked in on",
        [
            (C, "Hey, you're picking up the Surly, right? Name's Jordan?"),
            (U, "Yeah, that's me. Just the tune-up."),
            (
                C,
                "Cool, it's all dialed in. We swapped the front brake pads too, they were down to the metal.",
            ),
            (U, "Sweet, thanks."),
            (
                C,
                "Sorry if I'm kind of out of it today. My roommate's been cheating on her boyfriend with some guy from her climbing gym, and I walked in on them last night.",
            ),
            (
                C,
                "And her boyfriend's basically my best friend, so now I'm stuck in the middle. He has no clue. I didn't sleep at all.",
            ),
            (U, "Oof. That sounds rough."),
            (
                C,
                "Yeah, it's a whole thing. Anyway, eighty-five for the tune-up plus twenty-two for the pads.",
            ),
            (U, "Here's my card."),
            (C, "You're good to go. Ride safe out there."),
        ],
    ),
    # ------------------------------------------------------- repeated_question
    (
        "q05",
        "drive-through espresso stand, Bellingham",
        ["repeated_question"],
        "customer asks for oat milk in her very first turn; after chat about her dog the barista asks dairy or plant milk",
        [
            (C, "Morning! What are we having today?"),
            (U, "Hey, can I get a sixteen-ounce chai with oat milk, please?"),
            (C, "You got it. Want a shot of espresso in there, or just straight chai?"),
            (U, "Just straight."),
            (C, "Is that your pup in the back seat? He's so cute."),
            (U, "That's Biscuit. He's a rescue, we got him last spring."),
            (C, "Aw, hang on, I've got a treat for him somewhere."),
            (U, "He's going to love you forever."),
            (
                C,
                "Okay, and for the milk in that chai, did you want regular dairy or one of our plant milks?",
            ),
            (U, "Oat. Like I said."),
            (C, "Oh, right, my bad. That's five twenty-five."),
            (U, "Thanks."),
        ],
    ),
    (
        "q06",
        "outdoor gear shop, Seattle",
        ["repeated_question"],
        "customer chooses the whole-park Nat Geo map; after talk about Skyline Trail and wildflowers the clerk asks which map again",
        [
            (C, "Hey, welcome in. What can I help you find?"),
            (U, "I'm heading up to Mount Rainier this weekend and I need a trail map."),
            (
                C,
                "Nice. Which one do you want? We've got the Green Trails sheets for each area, or the Nat Geo one for the whole park.",
            ),
            (U, "The Nat Geo one for the whole park, please."),
            (U, "We're hoping to do the Skyline loop out of Paradise, if the snow's gone."),
            (C, "Oh, it should be mostly melted by now. The wildflowers are going off up there."),
            (U, "That's what I heard! My sister went last week and said it was unreal."),
            (C, "Totally worth it. Bring bug spray though, the mosquitoes are brutal this year."),
            (
                C,
                "Alright, remind me, are you going with one of the little Green Trails maps or the big park map?",
            ),
            (U, "The big one. The Nat Geo."),
            (C, "Got it. That's fourteen ninety-five."),
            (U, "Card works?"),
            (C, "Yep, tap away."),
        ],
    ),
    (
        "q07",
        "co-op grocery, Portland",
        ["repeated_question"],
        "customer asks for two pounds of French roast; after anniversary and coast chat the cashier asks how much to scoop",
        [
            (
                U,
                "Hi! Could you grab me some of the house French roast from behind the counter? I forgot to bag it.",
            ),
            (C, "No worries at all. How many pounds did you want?"),
            (U, "Two pounds, please."),
            (C, "Whole bean, or should I run it through the grinder?"),
            (U, "Whole bean. We just got a burr grinder for our anniversary."),
            (C, "Oh, fancy! Happy anniversary. How many years?"),
            (U, "Ten on Sunday. We're heading out to the coast for the weekend."),
            (C, "That sounds amazing. Cannon Beach?"),
            (U, "Manzanita. It's quieter."),
            (C, "Love Manzanita. Okay, so how much of the French roast am I scooping for you?"),
            (U, "Um, two pounds? I said that already."),
            (C, "Ha, yeah, you did. Two pounds, coming right up."),
        ],
    ),
    (
        "q08",
        "independent bookstore, Portland",
        ["repeated_question"],
        "customer picks an emailed receipt; after talk about in-laws and recipes the clerk asks printed or digital again",
        [
            (C, "Hi there, find everything alright?"),
            (U, "Yes, thank you. Just this cookbook."),
            (C, "Oh, good choice. Do you want a paper receipt, or should I email it to you?"),
            (U, "Email is fine, please. It should be on file under Patel."),
            (C, "Yep, found you. Are you cooking for something special?"),
            (
                U,
                "My in-laws are visiting from Ohio, and they're convinced all we eat out here is kale.",
            ),
            (
                C,
                "Ha! This'll change their minds. The roasted eggplant in there is a total showstopper.",
            ),
            (U, "That's the plan."),
            (
                C,
                "Okay, and would you like a printed copy of your receipt, or just the digital one?",
            ),
            (U, "Just the email. As I mentioned."),
            (C, "Right, sorry about that. Your total's thirty-five even."),
            (U, "Here you are."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "ferry terminal snack bar, Seattle",
        ["rushed_upsell"],
        "customer has four minutes before the Bainbridge boat; cashier fires rewards app, cookie add-on, round-up and newsletter back to back",
        [
            (
                U,
                "Hi, just a coffee and this muffin. I've got like four minutes before the Bainbridge boat.",
            ),
            (C, "Sure thing. Drip's right there, help yourself."),
            (
                C,
                "Hey, do you have our rewards app? You'd get that muffin free if you sign up right now, it only takes a sec.",
                RR,
            ),
            (U, "No, I'm good.", R),
            (C, "Want to grab a cookie for the ride? Two for three bucks today.", R),
            (U, "No.", R),
            (C, "Okay, and do you want to round up to the next dollar for Food Lifeline?", R),
            (U, "Uh, sure, whatever.", R),
            (
                C,
                "Awesome. And can I get your email for our newsletter? We send deals and sailing delays.",
                R,
            ),
            (U, "No, sorry, I really have to run.", R),
            (C, "Totally. Six fifty with the round-up.", R),
            (U, "Here. Thanks."),
        ],
    ),
    (
        "q10",
        "outdoor gear shop, Anacortes",
        ["rushed_upsell"],
        "customer about to board the Friday Harbor ferry gets a warranty, a membership and the email list in one burst",
        [
            (U, "Hey, I just need this headlamp. My ferry to Friday Harbor boards in ten minutes."),
            (C, "Oh, no problem, let's get you going."),
            (
                C,
                "So with the headlamp we've got a two-year protection plan, covers drops, water, anything, only eight bucks.",
                RR,
            ),
            (U, "No thanks.", R),
            (
                C,
                "Are you a member with us? It's twenty bucks for life and you get ten percent back on everything.",
                R,
            ),
            (U, "Not right now.", R),
            (C, "Okay, and want to hop on our email list? We do a huge sale every fall.", R),
            (U, "I'm good, really.", R),
            (C, "Alright, thirty-nine ninety-nine then.", R),
            (U, "Tapping now."),
            (C, "Have a great trip!"),
        ],
    ),
    (
        "q11",
        "co-op grocery, Port Townsend",
        ["rushed_upsell"],
        "customer says the Kingston ferry leaves at five-ten; cashier pushes owner membership, food bank round-up and the app in quick succession",
        [
            (U, "Hi, sorry, I'm in a hurry, the ferry leaves at five-ten."),
            (C, "Oh yeah, let's get you out of here."),
            (U, "Just the sandwich and the kombucha."),
            (
                C,
                "Are you a co-op owner? If not, you can join today and get member pricing on all this.",
                RR,
            ),
            (U, "No.", R),
            (C, "Would you want to round up for the food bank this month?", R),
            (U, "Um, no.", R),
            (
                C,
                "And we've got a brand-new app, just scan the code right here and you get points every visit plus a free drink today.",
                R,
            ),
            (U, "Can I just pay?", R),
            (C, "Yep, sorry! Twelve forty.", R),
            (U, "Thanks."),
        ],
    ),
    # --------------------------------------------------------------- not cases
    (
        "q12",
        "bike shop, Hood River",
        [],
        "not gossip: warm chat only about the customer's own daughter and her birthday; one helmet offer, declined",
        [
            (C, "Hey! Is this the balance bike you called about?"),
            (U, "Yeah, it's for my daughter. She turns three on Saturday."),
            (C, "Aw, happy birthday to her! Three is the perfect age for one of these."),
            (
                U,
                "She's been stealing her cousin's scooter every chance she gets, so we figured it's time.",
            ),
            (C, "Ha, she sounds fearless. You'll be jogging behind her down the block in no time."),
            (U, "Honestly, that's what I'm worried about."),
            (
                C,
                "Do you need a little helmet to go with it? The toddler sizes are right over there.",
            ),
            (U, "We've got one already, thanks."),
            (C, "Cool. Then it's one twenty-nine."),
            (U, "Here you go."),
            (
                C,
                "Have a blast at the party. If you want, send us a picture of her first ride, we put them up on the board.",
            ),
        ],
    ),
    (
        "q13",
        "co-op grocery, Olympia",
        [],
        "not gossip: produce colleague named for ordering and holding mushrooms, manager praised for the bulk section",
        [
            (C, "Hi there! Oh, you found the last of the chanterelles."),
            (U, "I did. Are you getting more in?"),
            (
                C,
                "Probably Thursday. Rosa in produce does the ordering, and she's got a forager out near Shelton who brings them in.",
            ),
            (
                C,
                "If you want, Rosa can set a pound aside for you. Just leave your name with her at the produce desk.",
            ),
            (U, "That would be awesome."),
            (U, "Also, the new bulk section looks great."),
            (
                C,
                "Thanks! Our manager, Dev, redid the whole thing. He's been really good about listening to what folks ask for.",
            ),
            (U, "Well, tell him it's working."),
            (C, "Will do. That's twenty-three sixty. Need a bag?"),
            (U, "Nope, got my tote."),
            (C, "Perfect. Have a good one."),
        ],
    ),
    (
        "q14",
        "drive-through espresso stand, Gresham",
        [],
        "not gossip: the customer spreads a rumour about a local man's affair; the barista declines and sticks to the order",
        [
            (C, "Hi, welcome! What sounds good today?"),
            (U, "Hey. Medium Americano. And did you hear about Rick from the tire place?"),
            (C, "Medium Americano, coming up."),
            (
                U,
                "His wife caught him with the girl from the bank. It's all over town. She threw his stuff out on the lawn.",
            ),
            (C, "Oh, I'd rather stay out of other folks' stuff. Room for cream?"),
            (U, "No room. Come on, you must hear everything at this window."),
            (C, "Ha, mostly I hear about oat milk. That's three seventy-five."),
            (U, "Fine. Here."),
            (C, "Thanks. Enjoy the sun, it's finally out."),
        ],
    ),
    (
        "q15",
        "drive-through espresso stand, Seattle",
        [],
        "not repeated_question: the barista reads a three-drink order back once to confirm it after one flavour suggestion",
        [
            (C, "Hey, what can I get for you guys?"),
            (
                U,
                "Okay, um, a twelve-ounce drip with room, a large iced mocha with oat, and a small London Fog.",
            ),
            (C, "Cool. Any flavor in the mocha? We've got a lavender syrup this month."),
            (U, "Ooh, yeah, add lavender to the mocha."),
            (
                C,
                "Rad. So I've got a twelve drip with room, a large iced lavender mocha with oat, and a small London Fog. Sound right?",
            ),
            (U, "Yep, that's everything."),
            (C, "Awesome, that's fifteen eighty."),
            (U, "Here's a twenty."),
            (C, "Four twenty's your change. I'll have those up in a couple minutes."),
        ],
    ),
    (
        "q16",
        "independent bookstore, Bainbridge Island",
        [],
        "not repeated_question: 'is it a gift' asked about two different books, and the gift receipt question repeated only after the customer says 'sorry?'",
        [
            (C, "Hi! Is the picture book a gift?"),
            (U, "Yes, for my nephew. He's obsessed with orcas."),
            (C, "Perfect match, then. And the mystery, is that one a gift as well?"),
            (U, "No, that one's all mine."),
            (C, "Nice. Would you like the picture book wrapped?"),
            (U, "Yes, please, that would be lovely."),
            (C, "Do you want a gift receipt in with it?"),
            (U, "Sorry? Story time is a little loud back there."),
            (C, "No worries! Do you want a gift receipt tucked in with the picture book?"),
            (U, "Oh, yes please. Thank you."),
            (C, "You got it. That's thirty-eight twenty-six altogether."),
            (U, "Card, please."),
        ],
    ),
    (
        "q17",
        "outdoor gear shop, Leavenworth",
        [],
        "not rushed: one tailored sock suggestion for new boots, then the usual bag and receipt questions spread through a relaxed chat",
        [
            (C, "Hi there. Just the boots today?"),
            (U, "Yeah. I'm doing my first overnight out of Stevens Pass next weekend."),
            (C, "Oh, fun! Those are a great pick for that."),
            (
                C,
                "Since they're brand new, I'd grab a pair of merino socks to break them in with. These have extra padding at the heel, they'll save you some blisters.",
            ),
            (U, "Hmm, okay. Yeah, let's do one pair."),
            (C, "Good call. Where are you camping?"),
            (U, "Probably Lake Valhalla, if there's room."),
            (C, "Oh, it's gorgeous up there. Get there early on a Saturday, it fills up."),
            (U, "Noted, thanks."),
            (C, "Do you want a bag for these, or are you good carrying the box?"),
            (U, "I'll take a bag, it's pouring out."),
            (C, "Ha, always. Want the receipt printed or emailed?"),
            (U, "Printed is fine."),
            (C, "Alright, one eighty-four even. Have an awesome trip."),
        ],
    ),
    (
        "q18",
        "ferry terminal snack bar, Edmonds",
        [],
        "not rushed: a customer who missed the boat gets a punch card early and a charity round-up nearly two minutes later, both welcome",
        [
            (C, "Hey there. Looks like you've got some time to kill."),
            (U, "Ha, yeah, missed the eleven-forty by like a minute. Next boat's not for an hour."),
            (C, "Oof, classic. What can I get you?"),
            (U, "A clam chowder in a bread bowl, please. And a coffee."),
            (
                C,
                "Coming right up. Since you're here a while, we've got a punch card, ten coffees gets you one free. Want one?",
            ),
            (U, "Sure, I'm on this boat every other week."),
            (C, "Here you go, first punch is already on there."),
            (
                U,
                "This chowder is seriously good, by the way. Do you know if the boat's running on time?",
                {"pause": 50},
            ),
            (
                C,
                "Last I heard it was about ten minutes behind. The reader board by the doors has the live updates.",
            ),
            (U, "I think I'll grab a cookie for the ride.", {"pause": 60}),
            (
                C,
                "Good call. Oh, and we're doing a round-up for the orca rescue this month, if you want to add anything. No pressure at all.",
            ),
            (U, "Yeah, round me up. Happy to."),
            (C, "Thanks so much. That's three twenty-five."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout153", HELDOUT153, 1531)
