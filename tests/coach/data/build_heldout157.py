# ruff: noqa: E501
"""Build the coach's held-out set 157: written by writer-157 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Southern speech):
counter staff in small towns in Texas and Oklahoma, at a feed store, a western
boot shop, a gas station, a barbecue counter, a pharmacy and a bait and tackle
shop. Some customers are chatty regulars, some are terse and just want to pay.

Mix: 4 gossip (the pastor's son's arrest, the previous customer's repossessed
truck, the owner's affair with the bookkeeper, the cashier's ex-husband's new
wife), 4 repeated_question (boot size, pounds of brisket given in the customer's
first turn, which feed, live or frozen bait, each re-asked in other words after a
digression), 3 rushed_upsell (rewards card, car wash, raffle, extended warranty,
text club fired at customers who barely answer) and 7 hard "not" cases (warm chat
about the customer's own wedding plans; colleagues and the manager named for work
reasons and praised; a customer gossips while the cashier deflects; an order read
back to confirm plus a customer repeating her own question; a "huh?" re-ask and
different questions of the same shape; one tailored recommendation with the bag
and receipt questions spread out; two offers far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT157 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "gas station, east Texas",
        ["gossip"],
        "cashier spreads the story of the pastor's son's arrest, with details from her cousin at dispatch",
        [
            (C, "Morning, sir. Just the gas on pump four?"),
            (U, "Yes ma'am, and this coffee."),
            (C, "That'll be forty-two sixty."),
            (
                C,
                "Say, did you hear about Brother Wayne's boy? Got himself arrested Saturday night out on the county road.",
            ),
            (U, "Can't say I did."),
            (
                C,
                "Deputy pulled him over doing ninety with a trunk full of stolen catalytic converters. My cousin works dispatch, and she said he cried for his daddy the whole ride in.",
            ),
            (U, "Huh."),
            (
                C,
                "And him leading the youth group every Wednesday night. Preacher's kids, I tell you, they're always the wildest ones.",
            ),
            (U, "Card's going in now."),
            (C, "Go ahead, sugar. Want your receipt?"),
            (U, "No thanks."),
        ],
    ),
    (
        "q02",
        "feed store, north Texas",
        ["gossip"],
        "cashier tells the next customer that the man just ahead of him had his truck repossessed and is behind on his payments",
        [
            (C, "Afternoon. That all for you, the two bags of layer pellets?"),
            (U, "And a mineral block."),
            (C, "You see that fella was just in here ahead of you? Ray Dell Hutchins?"),
            (U, "The one in the overalls?"),
            (
                C,
                "That's him. Bank came and hauled his Ram off Tuesday, right out of the church parking lot during the potluck. His sister says he's three payments behind on everything and fixin' to lose the place too.",
            ),
            (U, "Well, that's a shame."),
            (
                C,
                "Shame nothing, he bought himself a bass boat last spring. Now he's driving his mama's Buick around and still trying to run a tab with us.",
            ),
            (U, "How much do I owe you?"),
            (C, "Thirty-eight forty with the block."),
            (U, "Here you go."),
        ],
    ),
    (
        "q03",
        "western boot shop, Oklahoma",
        ["gossip"],
        "cashier reveals the owner's affair with the bookkeeper to a customer collecting a repair",
        [
            (U, "Hey there, I'm picking up a pair of resoled Luccheses. Name's Ramirez."),
            (C, "Yes sir, let me grab 'em."),
            (
                C,
                "Here we go. That's eighty-five for the sole and heel job, and we conditioned 'em for free.",
            ),
            (U, "Looks good."),
            (
                C,
                "Don't tell nobody I said this, but Mr. Dale ain't even set foot in the shop this week. Him and Sharla that does the books took off to Ruidoso together, and his wife thinks he's at a saddle show in Amarillo.",
            ),
            (U, "Oh. Okay."),
            (
                C,
                "Whole town knows but Miss Linda. Sharla's been keeping more than his books, if you catch my meaning.",
            ),
            (U, "I'll just pay with my card."),
            (C, "Sure thing. Eighty-five even."),
        ],
    ),
    (
        "q04",
        "barbecue counter, Texas Hill Country",
        ["gossip"],
        "cashier overshares about her ex-husband and runs down his new young wife, including a rumour about her pregnancy",
        [
            (C, "What can I get for y'all?"),
            (U, "Two-meat plate, brisket and ribs, with potato salad and beans."),
            (C, "Sweet tea with that?"),
            (U, "Yes ma'am."),
            (
                C,
                "You know who was just in here? My ex, with that new wife of his. Twenty-four years old and couldn't order off a menu with a map.",
            ),
            (U, "Oh, my."),
            (
                C,
                "Bless her heart, she ain't the brightest bulb. He left me for her after nineteen years, and she's already run his credit cards up at the outlet mall. And I heard she's expecting, and it might not even be his.",
            ),
            (U, "Well, I'm sorry to hear all that."),
            (C, "Don't be, honey, I got the house. That's sixteen seventy-five."),
            (U, "Here's a twenty."),
            (C, "Three twenty-five is your change."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "western boot shop, north Texas",
        ["repeated_question"],
        "customer gives his size in his first answer; after a digression about ranching near Vernon the cashier asks for the size again in other words",
        [
            (C, "Howdy. Finding what you need?"),
            (U, "I'm looking for a pair of square-toe ropers. I wear a ten and a half, wide."),
            (C, "Ten and a half wide, alright. Brown or black?"),
            (U, "Brown, I reckon."),
            (
                C,
                "These Ariats right here are real popular. You working cattle in 'em or mostly wearing 'em to town?",
            ),
            (U, "Both. I day-work on a couple of ranches out past Vernon."),
            (
                C,
                "Vernon! My granddaddy had a place out there by the river. Ran about two hundred head till the drought of 'eleven got him.",
            ),
            (U, "That drought was rough on everybody."),
            (C, "It sure was."),
            (C, "Now, what size foot have you got?"),
            (U, "Ten and a half. Wide."),
            (C, "Let me go look in the back."),
        ],
    ),
    (
        "q06",
        "barbecue counter, central Texas",
        ["repeated_question"],
        "the customer states three pounds of brisket in her first turn; after chat about her father's retirement the cashier asks how much brisket she wants",
        [
            (
                U,
                "Hey, I need three pounds of brisket, sliced, for my daddy's retirement party tonight.",
            ),
            (C, "Well, congratulations to him! Where's he retiring from?"),
            (U, "Thirty-one years at the co-op gin."),
            (C, "Lord have mercy, thirty-one years. He's earned some rest."),
            (U, "He's earned some brisket, anyhow."),
            (C, "Ha! That he has."),
            (C, "Now, how much of the brisket were y'all needing?"),
            (U, "Three pounds, like I said."),
            (C, "Yes ma'am. Lean or moist?"),
            (U, "Half and half."),
            (C, "Pickles and onions on the side?"),
            (U, "Please."),
        ],
    ),
    (
        "q07",
        "feed store, southern Oklahoma",
        ["repeated_question"],
        "customer chooses the store-brand sweet feed; after talk about the rain the cashier asks again what feed to pull",
        [
            (C, "Morning, what can I do for you?"),
            (U, "I need two sacks of the sixteen percent sweet feed."),
            (
                C,
                "We've got the Purina and the store brand. Store brand's three dollars cheaper a sack.",
            ),
            (U, "Store brand's fine."),
            (C, "Y'all get any of that rain Tuesday night?"),
            (U, "'Bout half an inch. Not near enough."),
            (C, "We didn't get a drop. Went right around us like it always does."),
            (U, "Tanks are about dry out at my place."),
            (C, "Ours too. Alright, so what are we loading up for you today, feed-wise?"),
            (U, "The store-brand sweet feed. Two sacks."),
            (C, "Got it. Pull around to the dock and Tommy'll load you."),
        ],
    ),
    (
        "q08",
        "bait and tackle shop, Lake Texoma",
        ["repeated_question"],
        "customer says live shad; after a digression about the stripers biting below the dam the cashier asks live or frozen again in other words",
        [
            (U, "Morning. Y'all got any shad?"),
            (C, "Sure do. You want 'em live or frozen?"),
            (U, "Live. Going after stripers."),
            (C, "Where you putting in?"),
            (U, "Probably Highport."),
            (
                C,
                "Heard they were tearing 'em up below the dam Sunday. My brother-in-law had his limit before eight.",
            ),
            (U, "That's what I'm hoping for."),
            (
                C,
                "Well, good luck to you. Now, are we doing the swimming ones or the bagged froze ones?",
            ),
            (U, "Live. I said live."),
            (C, "Alright. How many dozen?"),
            (U, "Two dozen."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "gas station, west Texas",
        ["rushed_upsell"],
        "rewards card, sign-up, car wash and a raffle fired off in a fast burst while the customer answers in one word",
        [
            (C, "Morning. Pump three?"),
            (U, "Yeah, and the Dr Pepper."),
            (C, "You got our Kwik Points card?", RR),
            (U, "Nope.", R),
            (C, "I can sign you up right now, takes a second, ten cents off a gallon?", R),
            (U, "Nah.", R),
            (C, "Car wash with that? The ultimate's six bucks today only.", R),
            (U, "No.", R),
            (
                C,
                "And can I get you to buy a raffle ticket for the FFA? They're raffling off a smoker.",
                R,
            ),
            (U, "Just ring it up.", R),
            (C, "Forty-four eighteen."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "bait and tackle shop, east Oklahoma",
        ["rushed_upsell"],
        "extended warranty, text club with phone capture and a rewards card pushed back to back at a terse customer buying a fish finder",
        [
            (U, "Just this Garmin."),
            (
                C,
                "Alright. You want the three-year replacement plan on that? Only twenty-nine ninety-nine.",
                RR,
            ),
            (U, "No.", R),
            (C, "You on our text club? We send a coupon every Friday before the tournaments.", R),
            (U, "Uh, no.", R),
            (C, "What's your cell? I'll put you in right now.", R),
            (U, "I'm fine.", R),
            (C, "And you got a Reel Rewards card? Every tenth purchase gets ten percent back.", R),
            (U, "Just the finder.", R),
            (C, "Two forty-nine ninety-five, then."),
        ],
    ),
    (
        "q11",
        "pharmacy, small-town Texas",
        ["rushed_upsell"],
        "rewards card, email capture, text alerts and a quilt raffle rattled off while the customer only wants his prescriptions",
        [
            (C, "Name and birthday?"),
            (U, "Lyle Tackett. Six twelve fifty-nine."),
            (C, "Got it, two scripts today."),
            (C, "You got a Care Rewards card with us, Mr. Tackett?", RR),
            (U, "No.", R),
            (C, "It's free, I can sign you up, just need your email.", R),
            (U, "No thanks.", R),
            (C, "How about text alerts? We'll text you when your refills are ready.", R),
            (U, "Mm.", R),
            (C, "And the hospital auxiliary's raffling a quilt, five dollars a ticket?", R),
            (U, "Just the pills, ma'am.", R),
            (C, "Twenty-two fifty in copays."),
        ],
    ),
    # ------------------------------------------------------------ not cases
    (
        "q12",
        "western boot shop, central Texas",
        [],
        "warm chat about the customer's own granddaughter's wedding and the boots she is buying for it; no third-party gossip, no repeat, one fitting suggestion",
        [
            (
                U,
                "I need some boots for my granddaughter's wedding. She's making everybody wear 'em, even the groomsmen.",
            ),
            (C, "Well, isn't that the sweetest thing! Is it outdoors?"),
            (U, "Out at a barn in Stephenville, in October."),
            (C, "October's perfect. Not too hot, and the pecans'll be turning."),
            (U, "She's been planning this since she was nine years old."),
            (C, "Oh, I believe it."),
            (
                C,
                "These bone-colored ones with the turquoise stitching would look real pretty with a dress, ma'am.",
            ),
            (U, "Oh, those are nice. I'm a seven."),
            (C, "Let me grab you a seven. Try 'em on and walk around a bit."),
            (U, "They fit like a glove."),
            (C, "You'll be dancing all night in those. Tell her congratulations from us."),
            (C, "That's one sixty-four ninety-five."),
        ],
    ),
    (
        "q13",
        "feed store, south Oklahoma",
        [],
        "the manager and two colleagues are named for work reasons and praised (who stocks, who knows brooders, who files the ag exemption); no gossip",
        [
            (
                U,
                "Y'all got any of the medicated chick starter? I've got thirty chicks coming Friday.",
            ),
            (
                C,
                "We sure do. Mr. Gene started carrying it back in February when folks kept asking for it.",
            ),
            (U, "Good deal. I'll take two bags. Do I need a heat lamp?"),
            (
                C,
                "You'll want one for every fifteen chicks or so. Ask Darnell when you go out back. He raised show birds for years and knows more about brooders than anybody in the county.",
            ),
            (U, "Then I'll need two lamps."),
            (C, "Yes sir."),
            (
                C,
                "And if you ever want your ag exemption on file so you quit paying sales tax on feed, Marisol in the office handles that. She's quick, takes about ten minutes with your card.",
            ),
            (U, "Let's do that, I keep forgetting."),
            (
                C,
                "She's right there behind the glass. Two bags of starter and two lamps, that's sixty-one twenty before the exemption.",
            ),
            (U, "Okay."),
            (C, "Pull around back and Darnell'll load you up."),
        ],
    ),
    (
        "q14",
        "pharmacy, north Texas",
        [],
        "the customer gossips about a neighbour's husband running off; the cashier declines to engage and steers back to the refill",
        [
            (C, "Hey there, Miss Pat. I've got your blood pressure refill right here."),
            (
                U,
                "Thank you, sugar. Say, was that Darlene Pruitt's boy I passed in the parking lot? I heard she's on them nerve pills since Harold run off.",
            ),
            (C, "I wouldn't know, ma'am. Your copay's ten dollars today."),
            (
                U,
                "Well, everybody at church says he took up with the girl from the Sonic. Half his age!",
            ),
            (C, "I try to stay out of all that."),
            (C, "Did you want to visit with the pharmacist about the new dose?"),
            (U, "No, I reckon it's the same as before. You're no fun, you know that?"),
            (C, "Ha, I get told that a lot. Want it in a bag?"),
            (U, "Please. And I'll be back Thursday for Ed's."),
            (C, "We'll have it ready for you. Take care now."),
        ],
    ),
    (
        "q15",
        "barbecue counter, Oklahoma",
        [],
        "the cashier reads the whole order back once to confirm it, and the customer asks her own question twice; nothing already answered is re-asked by the cashier",
        [
            (
                U,
                "Let me get a pound and a half of brisket, a pound of pulled pork, two links of the jalapeño cheddar, a pint of beans and a pint of slaw.",
            ),
            (C, "Yes ma'am, coming right up."),
            (U, "Y'all got banana pudding today?"),
            (C, "We sure do, made fresh this morning."),
            (U, "Throw in two of those, then."),
            (
                C,
                "Alright, let me read that back to you. Pound and a half of brisket, pound of pulled pork, two jalapeño cheddar links, pint of beans, pint of slaw and two banana puddings. That right?",
            ),
            (U, "That's it."),
            (U, "Now you did say there's banana pudding today? I didn't dream that?"),
            (C, "No ma'am, it's already in your sack."),
            (C, "Comes to fifty-eight forty."),
            (U, "Here's my card."),
        ],
    ),
    (
        "q16",
        "bait and tackle shop, Lake Murray, Oklahoma",
        [],
        "the cashier repeats one question only because the customer could not hear it over the aerator; the other questions are different questions of the same shape",
        [
            (C, "Morning! What are y'all after today?"),
            (U, "Crappie, if they'll bite."),
            (C, "How many dozen minnows you want?"),
            (U, "Three dozen."),
            (C, "And how many tubs of the red wigglers?"),
            (U, "Just one tub."),
            (C, "Need ice?"),
            (U, "Huh? Sorry, that bubbler's loud."),
            (C, "Ice. You want a bag of ice for your cooler?"),
            (U, "Oh. Yeah, two bags."),
            (C, "Where y'all headed?"),
            (U, "Lake Murray, by the state park."),
            (C, "Which dock you gonna fish off of?"),
            (U, "The one by the marina. They say the brush piles there are loaded."),
        ],
    ),
    (
        "q17",
        "pharmacy, west Texas",
        [],
        "one recommendation tailored to the customer's own stomach trouble on antibiotics, and the usual bag and receipt questions spread over a relaxed pickup",
        [
            (C, "Afternoon, ma'am. Picking up?"),
            (U, "Yes, for Eula Bishop."),
            (C, "And your birthday, Miss Eula?"),
            (U, "March third, 'forty-eight."),
            (
                C,
                "Here's your amoxicillin. Three times a day for ten days, and finish it all even if you feel better.",
            ),
            (
                U,
                "Last time I took these my stomach was tore up for a week. And this tooth's hurting something awful. Dentist can't pull it till the twentieth.",
            ),
            (C, "Oh, honey, that's a long wait."),
            (
                C,
                "Since that stomach gave you trouble before, a probiotic might help. These right here are the ones the pharmacist usually suggests. Just take 'em a couple hours apart from the antibiotic.",
            ),
            (U, "Well, I'll try anything once. Put one in."),
            (C, "You want it all in a sack?", {"pause": 3.0}),
            (U, "Yes, please, my purse is full as it is."),
            (C, "The pharmacist's number is right on the label if it gives you any trouble."),
            (U, "Thank you, baby."),
            (C, "Receipt in the bag alright?", {"pause": 3.0}),
            (U, "That's fine."),
        ],
    ),
    (
        "q18",
        "gas station, southern Oklahoma",
        [],
        "two offers far apart in a relaxed visit: a round-up for Little League at the start, a kolache special much later after warm chat about the customer's grandson",
        [
            (C, "Morning, Mr. Harlan. Pump two?"),
            (U, "Yep, and a sausage kolache."),
            (C, "You want to round up for the Little League? Goes toward new uniforms."),
            (U, "Sure, round her up."),
            (C, "Thank you kindly. How'd your grandson's team do Saturday?"),
            (U, "Lost to Ardmore by one run, but Tate hit a double."),
            (C, "A double! He's getting big."),
            (U, "Eleven going on thirty. Wants to play for the Sooners."),
            (C, "Well, he just might. Y'all going to the tournament in Duncan next month?"),
            (U, "Wouldn't miss it. His mama's already got the camper packed."),
            (C, "Sounds like a good time.", {"pause": 5.0}),
            (
                C,
                "Oh, and the kolaches are buy two get one free after lunch, if you want to grab some for the trip.",
                {"pause": 4.0},
            ),
            (U, "Maybe when we head out. Thank you, darlin'."),
            (C, "Forty-six even with the round-up."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout157", HELDOUT157, 1571)
