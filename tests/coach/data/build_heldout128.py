# ruff: noqa: E501
"""Build the coach's held-out set 128: written by writer-128 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Southern speech: "y'all",
"fixing to", "bless her heart", "sugar", "hon"): counters across the US South and
Texas: a barbecue joint, a feed and tack store, a gas station, a western boot store,
a church thrift shop and a diner register.

Mix: 4 gossip (the pastor's son's DUI, a regular's wife seen with the deacon, the
owner's tax troubles, the cashier's own sister stealing her boyfriend), 4
repeated_question (lean or moist brisket, boot width, which pump, how many bags of
feed, the last one asked a third time), 3 rushed_upsell (rewards card, combo upgrade,
car wash, extended protection plan and round-up donations pushed back to back) and 7
hard "not" cases: warm chat about the customer's own plans; a colleague praised and the
manager named for a work reason; the customer gossips while the cashier deflects; an
order read back to confirm it; a "sorry?" re-ask plus different questions of the same
shape; one tailored recommendation with the routine bag and receipt questions; two
offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT128 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "church thrift shop",
        ["gossip"],
        "volunteer cashier spreads the pastor's son's DUI and the girl in his truck, and judges the pastor",
        [
            (C, "Well, hey there, Miss Lorraine. Find you some treasures today?"),
            (U, "Just these two casserole dishes and this little lamp."),
            (C, "Oh, that lamp is darling. Let me wrap it in some newspaper for you."),
            (
                C,
                "Did you hear about Brother Wayne's boy? Caleb? Got pulled over Saturday night out on the farm-to-market road, drunk as Cooter Brown.",
            ),
            (U, "Oh my."),
            (
                C,
                "Blew way over the limit, and they say he had a girl in the truck that wasn't his fiancée. Brother Wayne had to go bail him out at two in the morning, bless his heart.",
            ),
            (
                C,
                "And him preaching on temperance just last month. I'm not saying a word, but you'd think a man could keep his own house in order.",
            ),
            (U, "Well, I'll be praying for them. What do I owe you?"),
            (C, "That'll be six dollars even, hon."),
            (U, "Here you go."),
        ],
    ),
    (
        "q02",
        "diner register",
        ["gossip"],
        "cashier tells a paying customer that a regular's wife has been seen with the deacon",
        [
            (U, "Morning. Just the check for me and my brother, booth four."),
            (C, "Morning, sugar. Two number threes and two coffees, that's eighteen forty."),
            (U, "Put it on this card."),
            (C, "You know Dale Pruitt? Sits at the counter every morning, eggs over hard?"),
            (U, "I know of him."),
            (
                C,
                "Well, his wife Rhonda's been seen over in Tyler with Deacon Hollis. Twice! Sitting in his Buick in the back of the Walmart lot like a couple of teenagers.",
            ),
            (
                C,
                "My cousin saw 'em with her own two eyes. And Dale hasn't got a clue, poor thing, still comes in here bragging on her pot roast.",
            ),
            (U, "Huh. Can I get a receipt?"),
            (C, "Sure thing. Y'all come back now."),
        ],
    ),
    (
        "q03",
        "gas station",
        ["gossip"],
        "clerk tells a customer the owner owes the IRS, read his certified letter, and hides it from his wife",
        [
            (U, "Forty on pump six and a pack of Marlboro Reds."),
            (C, "Forty on six and the Reds. You need matches?"),
            (U, "Nah, I got a lighter."),
            (
                C,
                "Better enjoy this place while it lasts. Mr. Patel's in a world of hurt with the IRS.",
            ),
            (U, "That right?"),
            (
                C,
                "He ain't paid his payroll taxes in two years. Letter came certified last week, I seen it laying right there on his desk. They're fixing to put a lien on the whole store.",
            ),
            (
                C,
                "And his wife don't even know. Told her that new truck was a business expense, I heard him on the phone.",
            ),
            (U, "Well, dang."),
            (C, "Fifty-one eighty-nine with the smokes."),
            (U, "Here's sixty."),
            (C, "Eight eleven's your change."),
        ],
    ),
    (
        "q04",
        "western boot store",
        ["gossip"],
        "cashier overshares her own drama: her sister took up with her boyfriend, and her mother favours the sister",
        [
            (C, "Y'all find everything all right?"),
            (U, "Yes ma'am, just these Ariats and a bottle of that leather conditioner."),
            (C, "Good choice, those'll break in real nice."),
            (U, "Hope so. They're for my daughter's birthday."),
            (C, "Aw, that's sweet. Lord, don't get me started on family right now."),
            (
                C,
                "My own sister, Crystal, went and took up with my boyfriend. Found out Sunday when she posted a picture of the two of them at the rodeo in Fort Worth, him wearing the belt buckle I bought him.",
            ),
            (U, "Oh, no."),
            (
                C,
                "Three years we were together. And she's been sleeping on my couch since her divorce! I threw every stitch she owns out on the lawn.",
            ),
            (C, "Mama says I need to forgive her, but Mama always did like her best."),
            (U, "I'm sorry, hon. How much do I owe?"),
            (C, "Two sixty-four thirty-seven."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "barbecue joint counter",
        ["repeated_question"],
        "cutter asks lean or moist, gets 'moist', chats about the trip, then asks point or flat again",
        [
            (C, "Hey, welcome in. What can I get started for you?"),
            (U, "Lemme get a pound of brisket and a couple links of the jalapeño cheddar."),
            (C, "You want that brisket lean or moist?"),
            (U, "Moist. Fatty as you got it."),
            (C, "Now you're talking. Y'all from around here?"),
            (U, "No, we're driving through from Oklahoma, heading down to Galveston."),
            (C, "Oh, y'all are gonna love it. Get you some fried shrimp out on the pier."),
            (U, "That's the plan."),
            (
                C,
                "Alright, now on that brisket, did you want it off the fatty end or the leaner flat?",
            ),
            (U, "Uh, the fatty end. Moist, like I said."),
            (C, "Got it. What sides?"),
            (U, "Potato salad and beans."),
            (C, "That's thirty-four fifty."),
        ],
    ),
    (
        "q06",
        "western boot store",
        ["repeated_question"],
        "clerk asks the width, hears EE, goes to the back, chats about the crowd, then asks regular or wide again",
        [
            (C, "What size you wear, hon?"),
            (U, "Ten and a half."),
            (C, "And what width? These come in a D and a double E."),
            (U, "Double E. I've got wide feet, always have."),
            (C, "Alright, let me go check the back."),
            (C, "Found 'em. Whew, it is a zoo back there.", {"pause": 25}),
            (U, "Busy day?"),
            (C, "Tax-free weekend. Everybody and their mama's in here buying school boots."),
            (U, "I bet."),
            (C, "Now these, did you need a regular width or a wide?"),
            (U, "Wide. Double E."),
            (C, "Okay, have a seat and try 'em on."),
        ],
    ),
    (
        "q07",
        "gas station",
        ["repeated_question"],
        "clerk hears 'pump three', talks about the heat and tomatoes, then asks which one he's parked at",
        [
            (C, "Morning. What can I do for you?"),
            (U, "Thirty on pump three, and this coffee."),
            (C, "Thirty on three. Hot one already, ain't it?"),
            (U, "Gonna be a hundred and four, they're saying."),
            (C, "Lord have mercy. My tomatoes are just cooking on the vine."),
            (U, "Mine gave up back in July."),
            (C, "And you're parked at which one out there?"),
            (U, "Three."),
            (C, "Okay. That coffee a large?"),
            (U, "Yes ma'am."),
            (C, "Thirty-two forty-nine."),
        ],
    ),
    (
        "q08",
        "feed and tack store",
        ["repeated_question"],
        "clerk asks how many bags of sweet feed twice more after the customer said six",
        [
            (C, "Hey, Mr. Gonzales. What're we loading up today?"),
            (U, "Need six bags of the fourteen percent sweet feed and a mineral block."),
            (C, "Six of the sweet feed. How's that new filly doing?"),
            (U, "Oh, she's a handful. Kicked the gate clean off its hinges Tuesday."),
            (C, "Ha! Sounds like she's got some spirit."),
            (U, "More than I need at my age."),
            (C, "Now how many sacks of the sweet feed was it?"),
            (U, "Six."),
            (C, "Alright. You want that mineral block loaded too, or you carrying it?"),
            (U, "Load it with the rest."),
            (C, "And remind me, how many bags you wanting on that feed?"),
            (U, "Still six, Ray."),
            (
                C,
                "Six. Sorry, I'm slow this morning. Pull around to the dock and Jesse'll load you up.",
            ),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station",
        ["rushed_upsell"],
        "rewards card, sign-up, car wash and round-up donation fired back to back",
        [
            (U, "Twenty on pump five and this Big Gulp."),
            (C, "Alright, you got our fuel rewards card?", RR),
            (U, "No.", R),
            (
                C,
                "Want to sign up real quick? Saves you ten cents a gallon, just need your phone number.",
                R,
            ),
            (U, "I'm good.", R),
            (C, "How about a car wash today? The deluxe is five bucks with a fill-up.", R),
            (U, "No thanks.", R),
            (C, "And would you like to round up for the children's hospital?", R),
            (U, "Uh, sure, whatever.", R),
            (C, "Twenty-two dollars even."),
        ],
    ),
    (
        "q10",
        "barbecue joint counter",
        ["rushed_upsell"],
        "combo upgrade, add-on sausage, rewards program and a donation pushed before the customer can answer",
        [
            (C, "What'll it be, boss?"),
            (U, "Pulled pork sandwich and a sweet tea."),
            (C, "Want to make that a combo? Chips and a side for two ninety-nine more.", RR),
            (U, "Um,", R),
            (C, "And add a link of sausage for a buck fifty?", R),
            (U, "No, just", R),
            (C, "You on our smokehouse rewards? Free brisket plate after ten visits.", R),
            (U, "No.", R),
            (C, "Want to add a dollar for the volunteer fire department?", R),
            (U, "Just the sandwich and the tea, please."),
            (C, "Eleven twenty-three."),
        ],
    ),
    (
        "q11",
        "western boot store",
        ["rushed_upsell"],
        "protection plan, rewards card, email capture and a two-for-one spray in one burst at the till",
        [
            (C, "Alright, these Luccheses come to four eighty-nine ninety-nine."),
            (U, "Whew. Okay."),
            (
                C,
                "Want to add our two-year protection plan? Covers resoling and stitching, only thirty-nine ninety-nine.",
                RR,
            ),
            (U, "I don't think", R),
            (
                C,
                "And you got our Lone Star rewards card? Sign up today and this purchase gets you twenty back.",
                R,
            ),
            (U, "No.", R),
            (C, "Can I get your email for our newsletter? We send out coupons every month.", R),
            (U, "Nope.", R),
            (C, "And a can of waterproofing spray? It's two for one today.", R),
            (U, "Just the boots, ma'am."),
            (C, "Alright, card in the chip reader whenever you're ready."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "diner register",
        [],
        "warm chat about the customer's own weekend plans and granddaughter; nothing about absent third parties' private lives",
        [
            (C, "How was everything, darlin'?"),
            (U, "Delicious as always. That chicken fried steak could feed a family of four."),
            (C, "Well, you cleaned that plate like a champ. Y'all headed anywhere fun?"),
            (U, "Taking my granddaughter to her first rodeo in San Antonio this weekend."),
            (C, "Oh, how fun! She gonna try the mutton busting?"),
            (U, "Lord, she wants to. Her mama's not so sure."),
            (C, "Ha! Tell her to hang on tight. That's how they all get started."),
            (U, "I'll pass it along. What's my total?"),
            (C, "Fourteen twenty-five, hon."),
            (U, "Keep the change out of a twenty."),
            (C, "Aw, thank you. Y'all have a big time this weekend."),
        ],
    ),
    (
        "q13",
        "feed and tack store",
        [],
        "a colleague praised and called over for her expertise and the manager named for the return policy: helpful, not gossip",
        [
            (C, "Afternoon. Looking for anything in particular?"),
            (
                U,
                "Need a new headstall and bit for my gelding. He's been fussing with the one he's got.",
            ),
            (
                C,
                "Hmm. You'll want to talk to Darlene about that. She's been fitting bits for thirty years, she's a wonder with mouthy horses.",
            ),
            (C, "Darlene! Got a gentleman up front needs some help with a bit."),
            (U, "Appreciate it."),
            (
                C,
                "While she's coming up, did you want to pay for that fly spray now or with the rest?",
            ),
            (U, "Just ring it all up together."),
            (
                C,
                "Sure thing. And if the bit she picks don't suit him, Mr. Hardesty lets you bring it back within thirty days. Just keep the tag on it.",
            ),
            (U, "That's good to know."),
            (C, "Here she comes now."),
        ],
    ),
    (
        "q14",
        "church thrift shop",
        [],
        "the customer gossips about a pregnant girl; the cashier declines to engage and steers back to the sale",
        [
            (U, "Just this quilt and the puzzle, please."),
            (C, "Oh, that's a pretty quilt. Somebody put a lot of hours into that."),
            (
                U,
                "Say, did you hear about the Tolliver girl? Pregnant, and not a ring on her finger.",
            ),
            (C, "I don't really keep up with all that, hon. That'll be twelve dollars."),
            (U, "Well, her mama's beside herself, from what I hear."),
            (C, "You want a bag for the puzzle? Those boxes like to pop open."),
            (U, "Yes, please. And they say the daddy's that Murphy boy from the Baptist church."),
            (
                C,
                "I'll leave that one to the Good Lord. Here's your receipt, and thank you for supporting the food pantry.",
            ),
            (U, "Oh, you're welcome. Bye now."),
        ],
    ),
    (
        "q15",
        "barbecue joint counter",
        [],
        "the cutter reads the whole order back once to confirm it, then asks new questions; no re-asking",
        [
            (C, "What can I get y'all?"),
            (
                U,
                "Half a pound of moist brisket, half a pound of lean, a rack of pork ribs and a pint of coleslaw.",
            ),
            (C, "Any bread, pickles or onions with that?"),
            (U, "Yeah, throw in some white bread and pickles."),
            (
                C,
                "Alright, let me read that back. Half moist, half lean, full rack of pork ribs, pint of slaw, white bread and pickles. That right?",
            ),
            (U, "That's it."),
            (C, "Perfect. Y'all eating here or taking it with you?"),
            (U, "To go. We're taking it out to the lake."),
            (C, "Oh, pretty day for it. Forty-one sixty."),
            (U, "Here you go."),
            (C, "Your number's twenty-two. They'll holler when it's up."),
        ],
    ),
    (
        "q16",
        "gas station",
        [],
        "the clerk repeats the ice question because the customer says 'sorry?' over a truck; 'big or little' ice and 'large or medium' cup are different questions",
        [
            (U, "Hey. Ten on pump two, and a bag of ice."),
            (C, "Ten on two. You want the big bag or the little one?"),
            (U, "Sorry? That truck's loud."),
            (C, "The ice. Big bag or little?"),
            (U, "Oh, the big one."),
            (C, "Y'all headed to the river?"),
            (U, "Yeah, floating the Guadalupe with some buddies. Oh, and this fountain drink."),
            (C, "That a large cup or a medium?"),
            (U, "Large."),
            (C, "Y'all be careful out there, it's running fast after all that rain."),
            (C, "Sixteen forty-two."),
        ],
    ),
    (
        "q17",
        "western boot store",
        [],
        "one recommendation tailored to muddy cattle pens, then the usual bag and receipt questions spread through a relaxed chat",
        [
            (C, "Hey there, how're those fitting?"),
            (U, "Good. Real good. I think I'll take these."),
            (C, "Great. What kind of work you doing in 'em?"),
            (U, "I work cattle out near Abilene. Lot of mud in the pens this time of year."),
            (
                C,
                "Then with that roughout leather, I'd grab a can of this waterproofing spray. Keeps the muck from soaking in. About fourteen bucks.",
            ),
            (U, "Yeah, go ahead and add it."),
            (C, "Will do. Abilene, huh? My granddaddy ran cows out by Merkel."),
            (U, "No kidding. Small world."),
            (C, "Sure is. You want a sack for the box, or you good carrying it?"),
            (U, "I'll just carry it."),
            (C, "Here's your card back.", {"pause": 4}),
            (C, "Want the receipt in the box, or you want to hang onto it?"),
            (U, "In the box is fine."),
            (C, "You're all set. Y'all stay dry out there."),
        ],
    ),
    (
        "q18",
        "diner register",
        [],
        "a cobbler offer at the start and a punch card at the end, far apart with unhurried chat between",
        [
            (C, "Hey, Earl. Just you today?"),
            (U, "Just me. Ticket's right here."),
            (
                C,
                "Chicken fried steak and a sweet tea. We've got fresh peach cobbler today if you want a slice to go. Made it this morning.",
            ),
            (U, "Not today. Doctor's got me watching the sugar."),
            (C, "Well, good for you. How's that knee holding up?"),
            (U, "Better. Still can't squat in the garden, but I'm getting around."),
            (C, "Glad to hear it. Your okra coming in yet?"),
            (U, "Coming out my ears. I'll bring you a sack Thursday."),
            (C, "Oh, I'd love that. I'll fry some up for the kitchen."),
            (U, "How much do I owe you, sugar?", {"pause": 4}),
            (
                C,
                "Eleven fifty. And we've got the punch cards back, if you want one. Tenth meal's on us.",
            ),
            (U, "Sure, give me one of those."),
            (C, "There you go, first punch. See you Thursday, Earl."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout128", HELDOUT128, 1281)
