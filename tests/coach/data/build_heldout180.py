# ruff: noqa: E501
"""Build the coach's held-out set 180: written by writer-180 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Southern California
English: "dude", "hella", "for sure", "no worries", "stoked", "the 405"; the
cashier sometimes speaks twice in a row): counter staff in Los Angeles and San
Diego at a taco truck, a Venice Beach surf shop, a pharmacy, a Koreatown
grocery, a hardware store and a coffee shop.

Mix: 4 gossip (a previous customer's DUI and rehab, a coworker sleeping with
the landlord, the manager's fake Yelp reviews, the cashier's own brother's
OnlyFans secret), 4 repeated_question (corn or flour, for here or to go, which
size board, the rewards app with the second asking as a tag question), 3
rushed_upsell (cold-brew upgrade, pastry add-on, app, round-up, merch hoodie,
email capture, membership card, donation) and 7 hard "not" cases: warm chat
about the customer's new baby; a colleague and the manager named for a work
reason and praised; the customer gossips while the cashier deflects; an order
read back plus a "sorry?" re-ask; different questions of the same shape and a
customer repeating their own question; one tailored recommendation with the
bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT180 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "San Diego taco truck",
        ["gossip"],
        "cashier tells a stranger about the previous customer's DUI on the 5 and his stint in rehab",
        [
            (C, "What's up, boss, what can I get you?"),
            (U, "Lemme get three al pastor and a horchata."),
            (C, "For sure."),
            (
                C,
                "Dude, you see the guy in the red Tacoma that just pulled out? That's Ricky, he used to be here every single day.",
            ),
            (U, "Oh yeah?"),
            (
                C,
                "He got popped for a DUI on the 5 back in March, blew like double the limit, and his family shipped him off to rehab in Palm Springs for two months.",
            ),
            (
                C,
                "Now he's back acting like nothing happened, asking if we sell beer. His ex-wife told me the whole story, it's hella sad honestly.",
            ),
            (U, "Huh. Okay."),
            (C, "Anyway, twelve fifty, my man."),
            (U, "Here you go."),
        ],
    ),
    (
        "q02",
        "Venice Beach surf shop",
        ["gossip"],
        "cashier overshares that a coworker is sleeping with the shop's married landlord",
        [
            (C, "Hey, welcome in. Just the wax and the leash?"),
            (U, "Yeah, and this sticker."),
            (C, "Rad. Sorry it's a little chaotic today, we're down a person."),
            (
                C,
                "Between you and me, Kayla keeps bailing on her shifts 'cause she's hooking up with our landlord. Like, the guy who owns the whole building.",
            ),
            (U, "Oh. Wow."),
            (
                C,
                "Yeah, and he's married, like sixty years old. And suddenly her rent on the apartment upstairs went way down, so you do the math.",
            ),
            (U, "I, uh, didn't really need to know that."),
            (C, "Ha, right? Okay, that's thirty-four even."),
            (U, "Card's fine."),
            (C, "Tap whenever you're ready."),
        ],
    ),
    (
        "q03",
        "Silver Lake coffee shop",
        ["gossip"],
        "barista slanders the manager: he writes fake five-star Yelp reviews and trashes the competitor",
        [
            (C, "Hi! What can I get started for you?"),
            (U, "Medium oat latte, please."),
            (C, "You got it. Name for the cup?"),
            (U, "Priya."),
            (C, "Cool, Priya. Oh, and if you ever check our Yelp, don't trust the five stars."),
            (
                C,
                "My manager Greg writes half of them himself. He's got like six fake accounts, one of them is supposedly his grandma from Pasadena.",
            ),
            (U, "Seriously?"),
            (
                C,
                "Dead serious. And on his lunch break he leaves one-star reviews for the place across the street, every single week. Dude's unhinged.",
            ),
            (U, "Huh, okay."),
            (C, "Six twenty-five whenever you're ready."),
        ],
    ),
    (
        "q04",
        "Koreatown grocery",
        ["gossip"],
        "cashier overshares her own family drama: her brother's secret OnlyFans and the fallout at home",
        [
            (C, "Hi, did you find everything okay?"),
            (U, "Yeah, just the kimchi, the rice cakes and these pears."),
            (C, "Those pears are so good right now."),
            (
                C,
                "Sorry, I'm kinda out of it today. My brother's been secretly doing OnlyFans and my mom found it on his laptop last night.",
            ),
            (U, "Oh no."),
            (
                C,
                "Yeah, he told everyone he was doing freelance web design in Irvine. Total meltdown at dinner, my dad won't even look at him.",
            ),
            (
                C,
                "And the worst part is he makes more than my dad does, so now it's a whole thing about money too.",
            ),
            (U, "That's... a lot."),
            (C, "Right? Okay, your total is twenty-eight forty."),
            (U, "Here."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "East LA taco truck",
        ["repeated_question"],
        "corn was answered, then after Dodgers small talk the cashier asks flour-or-corn again",
        [
            (C, "Hey, welcome, what are we having tonight?"),
            (U, "Two carne asada and one carnitas."),
            (C, "Corn or flour tortillas?"),
            (U, "Corn, please."),
            (C, "Cool. Onion and cilantro on everything?"),
            (U, "Yeah, the works."),
            (C, "Nice. You coming from the game? I see the hat."),
            (U, "Yeah, they got smoked."),
            (C, "Brutal, dude. Next week."),
            (C, "Oh, and the tortillas, did you want flour on those or were you doing corn?"),
            (U, "Corn."),
            (C, "Right on. Eleven bucks."),
        ],
    ),
    (
        "q06",
        "North Park coffee shop, San Diego",
        ["repeated_question"],
        "customer said 'for here' and was even pointed to a seat; after weather talk the barista asks again if it's to take away",
        [
            (C, "Morning! What can I make you?"),
            (U, "Can I get a large drip and a blueberry muffin?"),
            (C, "For sure. Is that for here or to go?"),
            (U, "For here, I've got some work to get through."),
            (C, "Grab the window seat then, it's the one with the outlet."),
            (U, "Oh sweet, thanks."),
            (C, "That marine layer this morning was no joke, huh?"),
            (U, "Couldn't even see the 805 coming in."),
            (C, "Okay, and are you taking that with you, or hanging out with us?"),
            (U, "Hanging out. Here."),
            (C, "Got it, seven ten."),
        ],
    ),
    (
        "q07",
        "Venice Beach surf shop",
        ["repeated_question"],
        "customer said an eight-foot board; after talk about Malibu the cashier asks what length again",
        [
            (C, "Hey man, looking for a board?"),
            (U, "Yeah, my first one. I've been renting soft tops."),
            (C, "Stoked. What size board are you after?"),
            (U, "An eight. Same as the rentals, that feels right."),
            (C, "Cool. Where do you usually paddle out?"),
            (U, "Mostly Breakwater, sometimes Malibu when it's small."),
            (C, "Oh, Malibu on a small day is so fun."),
            (U, "Yeah, super mellow."),
            (C, "So what length were you thinking? Like a seven, an eight, something longer?"),
            (U, "Eight. Like I said."),
            (C, "Okay, okay. This foamie's an eight, three forty."),
        ],
    ),
    (
        "q08",
        "Santa Monica pharmacy",
        ["repeated_question"],
        "customer confirmed and scanned the rewards app; after 405 small talk the clerk asks again as a tag question",
        [
            (C, "Hi there, picking up or dropping off?"),
            (U, "Picking up, last name Nguyen."),
            (C, "And your date of birth?"),
            (U, "June third, ninety-one."),
            (C, "Perfect. Do you have our rewards app?"),
            (U, "Yeah, here's the barcode."),
            (C, "Great. Any questions for the pharmacist on this one?"),
            (U, "Nope, I've been on it a while."),
            (C, "The 405 was insane today, took me an hour from Culver City."),
            (U, "Ugh, it always is."),
            (C, "Okay, and you're not signed up for the app, are you?"),
            (U, "I am, you just scanned it."),
            (C, "Oh, right. You're all set, ten dollar copay."),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Culver City coffee shop",
        ["rushed_upsell"],
        "cold-brew upgrade, pastry add-on, app sign-up and round-up fired back to back at a one-word customer",
        [
            (C, "Hey, what can I get you?"),
            (U, "Small iced coffee."),
            (C, "Want to make that a cold brew for a dollar more? It's way smoother.", RR),
            (U, "Uh, no.", R),
            (C, "Add any pastry for two bucks with a drink this morning?", R),
            (U, "No thanks.", R),
            (C, "You on our app yet? Takes like ten seconds and you get a free drink.", R),
            (U, "Nah.", R),
            (C, "And round up for the food bank today?", R),
            (U, "I'm good.", R),
            (C, "Cool, three fifty."),
        ],
    ),
    (
        "q10",
        "Venice Beach surf shop",
        ["rushed_upsell"],
        "merch hoodie, email capture for a discount and a round-up donation pushed in a burst over one bottle of sunscreen",
        [
            (C, "Just the sunscreen today?"),
            (U, "Yep."),
            (
                C,
                "Sick. You wanna grab one of our shop hoodies too? Twenty percent off with any purchase.",
                RR,
            ),
            (U, "Nah.", R),
            (C, "Can I get your email for our swell alerts? You get ten percent off next time.", R),
            (U, "No, that's okay.", R),
            (C, "We're also rounding up for Heal the Bay, want to round up to fifteen?", R),
            (U, "Mm, no.", R),
            (C, "You got it. Fourteen twenty-six."),
        ],
    ),
    (
        "q11",
        "Koreatown grocery",
        ["rushed_upsell"],
        "membership card, a dumpling add-on, a donation and the app pushed one after another while the customer barely answers",
        [
            (C, "Hi, just these?"),
            (U, "Yeah."),
            (C, "Do you have our membership card? I can sign you up right now.", RR),
            (U, "No.", R),
            (C, "The frozen mandu is buy one get one today, want me to grab you a bag?", R),
            (U, "No.", R),
            (C, "Would you like to add a dollar for the senior center on Western?", R),
            (U, "Not today.", R),
            (C, "And if you download our app you get points on every visit, it's really easy.", R),
            (U, "Okay. Can I just pay?", R),
            (C, "Sure, sixteen eighty."),
        ],
    ),
    # ------------------------------------------------------ hard "not" cases
    (
        "q12",
        "Highland Park taco truck",
        [],
        "not gossip: warm chat entirely about the customer's own new baby; a freebie, no offers",
        [
            (C, "Hey! Long time, where you been?"),
            (U, "We just had a baby, so, nowhere."),
            (C, "No way, congrats! Boy or girl?"),
            (U, "Girl. Sofia. She's three weeks old."),
            (C, "Aw, that's amazing. Welcome to zero sleep, dude."),
            (C, "Okay, what are we feeding the new dad tonight?"),
            (U, "Four asada, two pollo, and a large jamaica for my wife."),
            (C, "You got it. I'll throw in extra limes, on the house."),
            (U, "Legend, thank you."),
            (C, "Twenty-one even. Give Sofia a fist bump from the truck."),
        ],
    ),
    (
        "q13",
        "Pasadena hardware store",
        [],
        "not gossip: a colleague named for a work reason and the manager praised for training staff; only product help",
        [
            (C, "Hey, how's it going? Find what you needed?"),
            (U, "Mostly. I've got to patch some drywall and I'm not sure this is the right mud."),
            (
                C,
                "That'll do for little holes. If it's bigger than your fist, you want a mesh patch too.",
            ),
            (U, "It's a doorknob hole."),
            (
                C,
                "Yeah, then grab the patch. Hector over in aisle nine can show you which one, he's our drywall guy.",
            ),
            (
                C,
                "And honestly, our manager Denise trained all of us on this stuff, she's awesome, so anybody in a red vest can help if you get stuck.",
            ),
            (U, "Cool, I'll go find Hector."),
            (U, "Got it, he said this one.", {"pause": 150}),
            (C, "Yep, that's the one. Thirty-two eighteen with the mud and the knife."),
            (U, "Card."),
            (C, "Good luck with the wall, man."),
        ],
    ),
    (
        "q14",
        "Long Beach pharmacy",
        [],
        "not gossip: the customer fishes for dirt on a neighbour and the clerk refuses and sticks to the pickup",
        [
            (C, "Hi, next guest? Picking something up?"),
            (U, "Yeah, for Alvarez. Hey, was that Donna from my building who was just up here?"),
            (C, "I can't really say, sorry. Date of birth for the prescription?"),
            (
                U,
                "April twelfth. I bet she's getting her nerve pills again, she's been a mess since her husband left.",
            ),
            (
                C,
                "I don't talk about other customers, no worries. Okay, I've got one bag here for you.",
            ),
            (U, "Come on, you know everybody's business in here."),
            (C, "Ha, not my department. Any questions for the pharmacist on this one?"),
            (U, "No, I'm good."),
            (C, "Then it's eight fifty. Take care."),
        ],
    ),
    (
        "q15",
        "Ocean Beach coffee shop, San Diego",
        [],
        "not a repeat: the order read back to confirm it, and the name re-asked only after the customer said 'sorry?' over the blender",
        [
            (C, "Hey, what can I get started?"),
            (
                U,
                "Can I do a large iced oat latte with one pump vanilla, a small hot chai, and a chocolate croissant?",
            ),
            (C, "Totally. Want the croissant warmed up?"),
            (U, "Yes please."),
            (
                C,
                "Okay, reading that back: large iced oat latte, one vanilla, small hot chai, warm chocolate croissant. Sound right?",
            ),
            (U, "Yep, perfect."),
            (C, "And a name for the order?"),
            (U, "Sorry?"),
            (C, "What name should I put on the cups?"),
            (U, "Oh, Jess."),
            (C, "Got it, Jess. Fourteen sixty."),
        ],
    ),
    (
        "q16",
        "Koreatown grocery",
        [],
        "not a repeat: separate yes/no questions of the same shape (meat bag, ice pack, receipt) and the customer re-asks her own EBT question",
        [
            (C, "Hi, how's your day going?"),
            (U, "Good, thanks. Do you guys take EBT?"),
            (C, "We do, yeah."),
            (C, "Do you want the galbi in its own bag so it doesn't leak?"),
            (U, "Yes please."),
            (C, "Do you need an ice pack for the drive? They're free."),
            (U, "Oh, sure, I'm going all the way to Torrance."),
            (U, "Sorry, just double-checking, you do take EBT, right?"),
            (C, "Yep, EBT's totally fine."),
            (U, "Okay, cool."),
            (C, "Do you want your receipt?"),
            (U, "In the bag is fine."),
        ],
    ),
    (
        "q17",
        "Venice Beach surf shop",
        [],
        "not rushed: one recommendation tailored to the customer's trip, then the routine bag and receipt questions",
        [
            (C, "Hey, what's up, find everything?"),
            (U, "Yeah, just wax. Heading down to Trestles this weekend."),
            (
                C,
                "Oh nice, stoked for you. Water's been around sixty-four down there, so you want cool-water wax, not the tropical. That one'll go gooey on you.",
            ),
            (U, "Oh, good call, I grabbed the wrong one."),
            (C, "No worries, I'll swap it for you."),
            (U, "Thanks, dude."),
            (C, "Three bucks. Need a bag for that?"),
            (U, "Nah, it'll go in my pocket."),
            (C, "Receipt?"),
            (U, "No thanks."),
            (C, "Have fun out there, catch a few for me."),
        ],
    ),
    (
        "q18",
        "Clairemont hardware store, San Diego",
        [],
        "not rushed: a loyalty account mention and a free-stain promo several minutes and a relaxed chat apart",
        [
            (C, "Morning! What are you working on?"),
            (U, "Fence repair. A couple pickets came down in the wind."),
            (C, "The Santa Anas got everybody this week. Cedar or redwood?"),
            (U, "Cedar, I think. I brought one of the old ones."),
            (
                C,
                "Yep, that's cedar. Aisle twelve, and the galvanized nails are right next to them.",
            ),
            (U, "Found them. Six pickets and a box of nails.", {"pause": 240}),
            (C, "Nice. If you've got a loyalty account with us I can put the points on this."),
            (U, "Nah, I don't have one."),
            (C, "All good. So you're just nailing them back onto the rails?"),
            (U, "Yeah, the rails are solid."),
            (C, "Easy Saturday then, an hour tops."),
            (
                C,
                "Oh, and we're giving away a free quart of stain with fence lumber this week if you want one to match the new boards.",
                {"pause": 20},
            ),
            (U, "Actually, sure, why not."),
            (C, "Right on, grabbed you one. Forty-seven eighty."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout180", HELDOUT180, 1801)
