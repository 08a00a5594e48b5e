# ruff: noqa: E501
"""Build the coach's held-out set 187: written by writer-187 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Southern
African-American and white Southern English: "y'all", "fixing to", "baby",
"sugar", "bless her heart", "might could"): counter staff in Atlanta and
Birmingham, Alabama, at a barbecue counter, a beauty-supply store, a pharmacy,
a tire shop, a dollar store and a church-bake-sale-style bakery. The cashier
sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's repossessed car, a deacon's second
household, the manager's payday-loan side hustle, the cashier's own cousin's
fight at a funeral), 4 repeated_question (white or dark meat, what size tire,
whether a bake order is for a church event, and a rib order whose read-back
changes the answer), 3 rushed_upsell (road-hazard plan, rewards cards,
two-for-ones, a round-up and a text-club signup fired back to back), and 7 hard
"not" cases: warm chat about the customer's own life; a manager and a colleague
named for work reasons and praised; a customer gossiping while the cashier
deflects; an order read back faithfully to confirm it; a "sorry?" re-ask plus
different questions of the same shape; one tailored recommendation with the
routine bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT187 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Birmingham tire shop",
        ["gossip"],
        "cashier tells the next customer that the man who just left had his car repossessed and is driving his girlfriend's car behind her back",
        [
            (C, "Hey, how you doing? What can I do for you today?"),
            (U, "I got a nail in my back tire, driver's side. Y'all patch them?"),
            (
                C,
                "Yes sir, twenty dollars for a plug long as it ain't in the sidewall. Let me get your keys.",
            ),
            (U, "Here you go. It's the silver Camry out front."),
            (C, "You see that man that just left out of here? Tall fella in the Falcons cap?"),
            (U, "Not really."),
            (
                C,
                "He come in here wanting four new tires for a car that ain't even his no more. Repo man snatched it off his mama's driveway Thursday night. Five payments behind, he told me so his own self.",
            ),
            (
                C,
                "Now he riding around in his girlfriend's Altima, and I bet you she don't even know he got it.",
            ),
            (U, "Huh. Well, how long on the patch?"),
            (C, "Give us about twenty minutes. Coffee's over yonder by the window."),
            (U, "Alright, thank you."),
        ],
    ),
    (
        "q02",
        "Birmingham church-bake-sale-style bakery",
        ["gossip"],
        "cashier tells a customer the deacon of another church keeps a second wife and children across town",
        [
            (C, "Morning, sugar! What you need today?"),
            (U, "Let me get a slice of the caramel cake and two of them tea cakes."),
            (C, "Mm-hm. Miss Bernice made that caramel this morning, it's still nice and soft."),
            (U, "Good, that's how I like it."),
            (C, "Listen, you know Deacon Whitfield? Over at Antioch?"),
            (U, "I know of him."),
            (
                C,
                "Girl, that man got a whole other family out in Ensley. Another woman he calls his wife and two little ones. And his real wife still setting up the communion table every first Sunday like she don't know a thing.",
            ),
            (
                C,
                "My sister-in-law seen him at the Walmart with them kids buying school clothes. Bless that poor woman's heart.",
            ),
            (U, "Lord. Well, I'm gonna need a box for these."),
            (C, "I got you. That'll be seven-fifty."),
        ],
    ),
    (
        "q03",
        "Atlanta dollar store",
        ["gossip"],
        "cashier tells a customer the store manager runs a payday-loan racket on the staff and docks a coworker's hours",
        [
            (C, "Hey, baby. Find everything alright?"),
            (U, "Yeah, just these and the paper towels."),
            (C, "Okay. Two laundry pods, paper towels, dish soap."),
            (C, "You know Mr. Darnell, the manager? Big fella, always got that lanyard on?"),
            (U, "I think so."),
            (
                C,
                "He be lending money out the back office to half the staff. Borrow three hundred on a Friday, you owe him four hundred the next Friday, and he keep a little notebook with everybody's name in it.",
            ),
            (U, "For real?"),
            (
                C,
                "For real. Tamika still owe him from Christmas, and he been cutting her hours to squeeze her. Corporate don't know nothing about it.",
            ),
            (U, "That's crazy. How much I owe you?"),
            (C, "Twelve seventy-five."),
            (U, "Here's fifteen."),
            (C, "Two twenty-five is your change. Have a good one."),
        ],
    ),
    (
        "q04",
        "Birmingham barbecue counter",
        ["gossip"],
        "cashier overshares her own family's brawl at her aunt's funeral repast and her cousin's Facebook feud",
        [
            (C, "Welcome in! What y'all having?"),
            (U, "Pulled pork plate with mac and cheese and collards."),
            (C, "Sweet tea or unsweet?"),
            (U, "Sweet, please."),
            (
                C,
                "Lord, I'm still worn out from Saturday. We buried my Aunt Pat, and my cousin Tonya got to fighting with her half-brother right there at the repast over who gets the house.",
            ),
            (
                C,
                "She threw a whole plate of green beans at him in the fellowship hall and somebody had to call the police. My mama ain't spoke to her since.",
            ),
            (U, "Oh my goodness. I'm sorry about your aunt."),
            (
                C,
                "Thank you. And Tonya been on Facebook ever since calling out everybody by name, even the pastor. Just a mess.",
            ),
            (U, "Mm. What's the total?"),
            (C, "Fourteen eighty-nine with the tea."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Birmingham barbecue counter",
        ["repeated_question"],
        "customer says dark meat, no breast; after Iron Bowl small talk the cashier asks breast and wing or leg quarter",
        [
            (C, "Hey there, what can I get started for you?"),
            (U, "Let me get the half chicken plate. Potato salad and baked beans."),
            (C, "You want white meat or dark on that?"),
            (U, "Dark. I don't want no breast."),
            (C, "And you want the white sauce or the red?"),
            (U, "White sauce."),
            (C, "That's the Alabama way."),
            (U, "Y'all staying busy with the game this weekend?"),
            (
                C,
                "Whew, we fixing to be slammed. Iron Bowl weekend, we already got forty pans of ribs on order.",
            ),
            (U, "I bet. Roll Tide."),
            (
                C,
                "Roll Tide, baby. Now on that chicken, you wanting the breast and wing or the leg quarter?",
            ),
            (U, "I said dark. The leg quarter."),
            (C, "Leg quarter. That's twelve fifty."),
        ],
    ),
    (
        "q06",
        "Atlanta barbecue counter",
        ["repeated_question"],
        "customer orders a full slab; after Hawks small talk the cashier's read-back turns it into a half slab and asks him to confirm, so he answers again",
        [
            (C, "What's going on, boss? What you need?"),
            (U, "Gimme a full slab of spare ribs, dry rub, and a pint of the slaw."),
            (C, "Full slab, dry rub. Any sauce on the side?"),
            (U, "Yeah, the hot one."),
            (C, "You coming from the game? I see that jersey."),
            (U, "Nah, just got off work. Wore it all day though."),
            (C, "Hawks gonna break your heart, I'm telling you."),
            (U, "Every year, man. Every year."),
            (
                C,
                "Alright, let me read it back. Half slab, that's six bones, right? Dry rub, hot on the side, pint of slaw.",
            ),
            (U, "Naw, I said a full slab. The whole thing."),
            (C, "My bad. Full slab. Thirty-one even."),
        ],
    ),
    (
        "q07",
        "Birmingham tire shop",
        ["repeated_question"],
        "customer reads the tire size off a note; after talk about his daughter at Auburn the cashier asks what numbers are on the sidewall",
        [
            (C, "Afternoon. What brings you in?"),
            (U, "Need two new tires on the front. They bald as a baby's head."),
            (C, "What size you running?"),
            (U, "Two twenty-five, sixty-five, seventeen. I wrote it down off the side."),
            (C, "Alright. That your Equinox out there?"),
            (
                U,
                "Yeah, my daughter's really. She's down at Auburn and I'm driving it while she's gone.",
            ),
            (C, "Oh, that's nice. What's she studying?"),
            (U, "Nursing. Second year."),
            (
                C,
                "Good for her, we need nurses bad. Okay, what numbers it got on the sidewall of them tires?",
            ),
            (U, "Two twenty-five, sixty-five, seventeen. Like I told you."),
            (C, "Right, right. I got some Coopers in that size for a hundred and twelve apiece."),
        ],
    ),
    (
        "q08",
        "Atlanta church-bake-sale-style bakery",
        ["repeated_question"],
        "customer says the pies are for her pastor's anniversary dinner; after catching up, the cashier asks whether it's for something at the church or for the house",
        [
            (C, "Hey, Miss Lorraine! What you need, sweetheart?"),
            (
                U,
                "Hey, baby. I need four sweet potato pies and two pound cakes for Sunday. It's for Pastor Gaines' anniversary at New Hope.",
            ),
            (C, "Oh, that's nice. How many years he got?"),
            (U, "Twenty-five. We having a big dinner after second service."),
            (C, "Y'all gonna have a time. You want the pound cakes glazed or plain?"),
            (U, "Plain. Folks like to put their own ice cream on it."),
            (C, "Okay. Now how you been doing? I ain't seen you since Easter."),
            (U, "Oh, I been alright. Knees acting up, but God is good."),
            (
                C,
                "All the time. Now these pies, is this for something going on at the church, or just for the house?",
            ),
            (U, "For the church, baby. The anniversary. I told you."),
            (C, "That's right, you did. I'll put them in the big boxes then."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Birmingham tire shop",
        ["rushed_upsell"],
        "road-hazard plan, rewards card, text club and a two-for-one on wipers pushed back to back while the customer only says no",
        [
            (C, "Okay, you all set. Four Kumhos, mounted and balanced. Come on up here."),
            (U, "How much I owe?"),
            (
                C,
                "Five forty-eight out the door. Now you want to add our road hazard protection on all four? It's just eighteen a tire, covers nails, potholes, anything.",
                RR,
            ),
            (U, "Nah.", R),
            (C, "You got our Tire Rewards card? Sign up right now and I take ten off today.", R),
            (U, "Uh, no.", R),
            (
                C,
                "Okay, and can I get your cell for the text club? We send out oil change coupons every month.",
                R,
            ),
            (U, "I'm good.", R),
            (C, "And wiper blades two for one this week, want me to throw a pair on?", R),
            (U, "Just run the card, please.", R),
            (C, "Yes ma'am. Go ahead and insert it."),
        ],
    ),
    (
        "q10",
        "Atlanta dollar store",
        ["rushed_upsell"],
        "round-up, a two-for-one on snack cakes and a text-club keypad signup fired one after another at a customer who answers in single words",
        [
            (C, "Hi, find everything?"),
            (U, "Mm-hm."),
            (C, "Okay, that's nine forty."),
            (C, "Would you like to round up to ten dollars for the children's hospital?", RR),
            (U, "No.", R),
            (C, "And the Little Debbies are two for one today, you want to grab another box?", R),
            (U, "No thanks.", R),
            (C, "You on our text club? Just put your number in right there on the keypad.", R),
            (U, "Nope.", R),
            (C, "Alright. Nine forty then."),
            (U, "Here."),
        ],
    ),
    (
        "q11",
        "Atlanta beauty-supply store",
        ["rushed_upsell"],
        "store card, buy-one-get-one gel, a charity round-up and a text-for-discount pushed in a burst while the customer mumbles no",
        [
            (C, "Hey, hon. This all you got?"),
            (U, "Yeah."),
            (C, "Okay, three packs of braiding hair, edge control."),
            (C, "You got the Beauty Plus card? I can sign you up real quick, it's free.", RR),
            (U, "Mm-mm.", R),
            (C, "And the Eco Style is buy one get one right now, you want another jar?", R),
            (U, "No.", R),
            (C, "You wanna round up for sickle cell today?", R),
            (U, "Not today.", R),
            (
                C,
                "And text GLOW to the number on that sign, you get twenty percent off next time.",
                R,
            ),
            (U, "Okay. How much?"),
            (C, "Twenty-six fifty-two."),
        ],
    ),
    # ---------------------------------------------------------- hard "not"s
    (
        "q12",
        "Birmingham pharmacy",
        [],
        "not gossip: warm chat about the customer's own new granddaughter and trip; routine pickup questions asked once each",
        [
            (C, "Hey, Mr. Hollis. Picking up for yourself today?"),
            (U, "Yes ma'am, my blood pressure pills and Jean's eye drops."),
            (C, "Date of birth for you?"),
            (U, "March ninth, fifty-one."),
            (C, "Alright, I got both of them right here. How's that new grandbaby doing?"),
            (U, "Oh, she's something else. Eight pounds even, and they done named her after Jean."),
            (C, "Aw, that's so sweet. Y'all going up to Huntsville to see her?"),
            (U, "We fixing to go next weekend if my truck act right."),
            (C, "Well, y'all be careful on sixty-five. And give that baby some sugar for us."),
            (C, "Any questions for the pharmacist on the eye drops?"),
            (U, "No, she been on them before."),
            (C, "Okay, thirty-two dollars even. Sign right there for me."),
        ],
    ),
    (
        "q13",
        "Atlanta beauty-supply store",
        [],
        "not gossip: the manager is named for a restock order and a stock clerk is named and praised for finding the last bundle",
        [
            (C, "Hey, love. You finding everything?"),
            (U, "I'm looking for a twenty-six inch body wave, the HD lace. I don't see it."),
            (
                C,
                "We been sold out of the twenty-sixes since Saturday. Ms. Kim, our manager, put the order in Monday, so it should be on Thursday's truck.",
            ),
            (U, "Dang. I got a wedding Saturday."),
            (C, "Oh, whose wedding?"),
            (U, "My best friend's. I'm the maid of honor."),
            (
                C,
                "Okay then! Let me holler at Shay, she does the stock in the back. Shay! We got any twenty-six body wave back there?",
            ),
            (C, "She's good, she know where everything at. If it's back there she'll find it."),
            (U, "I appreciate it."),
            (C, "She say she got one left in natural black. That work for you?", {"pause": 25}),
            (U, "Yes, Lord. That's the one I wanted."),
            (C, "Perfect. Eighty-nine ninety-nine. You need a bag?"),
            (U, "Yes, please."),
        ],
    ),
    (
        "q14",
        "Birmingham barbecue counter",
        [],
        "not gossip: the customer gossips about a preacher's marriage and the cashier twice declines to join in and goes back to the order",
        [
            (C, "How y'all doing? What can I get you?"),
            (U, "Let me get a chopped pork sandwich and some fries."),
            (C, "Slaw on the sandwich?"),
            (
                U,
                "Yeah, put it on there. Hey, was that Reverend Pugh's wife I saw walking out? I heard he been carrying on with the choir director.",
            ),
            (C, "I couldn't tell you. I just be back here on the register."),
            (U, "Girl, everybody know about it. They say she moved out last month."),
            (C, "Well, that ain't none of my business. You want a drink with that?"),
            (U, "Lemonade."),
            (C, "Alright, eleven twenty-five. Your sandwich'll be right up."),
        ],
    ),
    (
        "q15",
        "Atlanta church-bake-sale-style bakery",
        [],
        "not a repeat: a birthday order read back word for word to confirm it, with one check that nothing else is needed",
        [
            (C, "Good morning! What can I get you, sweetheart?"),
            (
                U,
                "Morning. I need a dozen of the chocolate chip, six of the peach cobbler bars, and a whole red velvet.",
            ),
            (C, "Yes ma'am. Cream cheese frosting on the red velvet?"),
            (U, "Yes, please. And can you write Happy Birthday Mama on it?"),
            (C, "I sure can. How old she turning?"),
            (U, "Seventy-five. We doing a little something at the house tonight."),
            (C, "Seventy-five, well praise God."),
            (
                C,
                "Okay, let me read it back. One dozen chocolate chip, six peach cobbler bars, whole red velvet with cream cheese, Happy Birthday Mama on top. That's everything?",
            ),
            (U, "That's it."),
            (C, "Give me about fifteen minutes to letter the cake. Forty-eight fifty."),
        ],
    ),
    (
        "q16",
        "Atlanta pharmacy",
        [],
        "not a repeat: the birthday question is asked again only because the customer says sorry? over the noise, and is-this-yours is asked about two different prescriptions",
        [
            (C, "Hi, you picking up or dropping off?"),
            (U, "Picking up."),
            (C, "What's the last name?"),
            (U, "Wilkerson."),
            (C, "And the date of birth?"),
            (U, "Sorry? That machine's so loud."),
            (C, "Your birthday, hon. What's your date of birth?"),
            (U, "Oh. July second, eighty-seven."),
            (C, "Okay, I got two here. This amoxicillin, is this one for you?"),
            (U, "No, that's my son's."),
            (C, "And the inhaler, is that yours?"),
            (U, "Yeah, that one's mine."),
            (C, "Alright, fifteen dollars total. Sign here for me."),
        ],
    ),
    (
        "q17",
        "Birmingham pharmacy",
        [],
        "not rushed: one tailored swap to a cold medicine safe with blood pressure pills, then the routine bag and receipt, spread out",
        [
            (C, "Hey there. Just these today?"),
            (U, "Yeah, this DayQuil and some cough drops. I been sick as a dog since Sunday."),
            (C, "Oh no. You running a fever with it?"),
            (U, "Little bit. And I'm on blood pressure medicine, is this alright to take?"),
            (
                C,
                "Hmm. That one got the decongestant in it, and it might could run your pressure up. The Coricidin HBP on the end cap there is made for folks on pressure medicine. I'd go with that, but the pharmacist can tell you for sure.",
            ),
            (U, "Let me get that one then."),
            (C, "Alright, Coricidin and the Halls. Fourteen thirty-seven.", {"pause": 20}),
            (U, "Here you go."),
            (C, "You want a bag for these?"),
            (U, "No, I'll stick them in my purse."),
            (C, "Okay. Receipt's right here. Feel better, you hear?"),
            (U, "Thank you, baby."),
        ],
    ),
    (
        "q18",
        "Birmingham dollar store",
        [],
        "not rushed: a rewards card mentioned early, then a long relaxed shop and chat about the grandson's party before a single no-pressure donation ask",
        [
            (C, "Hey, Miss Darlene! You back again?"),
            (
                U,
                "Child, I forgot the aluminum pans. We fixing to have the whole family over for my grandson's birthday.",
            ),
            (C, "How old he gonna be?"),
            (
                U,
                "Six. He want a dinosaur cake, so I'm looking for them little plastic dinosaurs too.",
            ),
            (
                C,
                "They on aisle four with the party stuff. Oh, you got our rewards card yet? Every tenth visit you get something free.",
            ),
            (U, "No, I don't never carry them cards."),
            (C, "That's fine, that's fine."),
            (U, "Found them! And some candles too.", {"pause": 45}),
            (C, "Oh, those are cute. He gonna love that."),
            (U, "I hope so. His mama's making the cake, I'm just doing the decorations."),
            (
                C,
                "Y'all gonna have a good time. Pans, dinosaurs, candles, that's eight seventy-five.",
            ),
            (
                C,
                "We collecting for Toys for Tots at the register too, if you want to add a dollar. No pressure.",
            ),
            (U, "Go on and add one. It's for the babies."),
            (C, "Thank you, sugar. Nine seventy-five."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout187", HELDOUT187, 1871)
