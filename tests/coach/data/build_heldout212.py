# ruff: noqa: E501
"""Build the coach's held-out set 212: written by writer-212 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Baltimore and DC
English: "hon", "down the ocean", "Old Bay", "bama", "on the Metro", "the
Beltway", "youse"): a crab house carry-out counter, a rowhouse corner store, a
pharmacy, a hardware store, a bakery and a Metro-station newsstand. The cashier
sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's federal contract kickbacks, the owner
selling loose cigarettes, a coworker sleeping with a Capitol Hill staffer, the
cashier's own cousin's carjacking arrest), 4 repeated_question (crab count
already given in the opening order, crab size, steamed with Old Bay, whether
the order is for a cookout), 3 rushed_upsell (rewards card, lottery, combo
upgrade, round-up donation, text alerts fired back to back), and 7 hard "not"
cases: warm chat about the customer's own trip; a colleague praised and the
manager called for work reasons; a customer gossiping while the cashier
deflects; an order read back to confirm it; a "sorry?" re-ask plus different
questions of the same shape and a customer repeating their own question; one
tailored recommendation with the routine bag and receipt questions; two offers
far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT212 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Metro-station newsstand",
        ["gossip"],
        "cashier accuses the previous customer, a contracting officer, of taking kickbacks",
        [
            (C, "Morning. Just the Post today?"),
            (U, "The Post and a pack of the spearmint gum."),
            (C, "Three seventy-five."),
            (
                C,
                "You catch the guy in the gray suit who was right in front of you? Buys the Business Journal every single morning.",
            ),
            (U, "Not really, no."),
            (
                C,
                "He's a contracting officer at one of them agencies. Word is he steers the IT contracts to his brother-in-law's outfit and gets a cut on the back end.",
            ),
            (
                C,
                "Man drives a Maserati on a government salary. Tell me that ain't kickbacks. Somebody from the inspector general oughta be following him home.",
            ),
            (U, "Huh. Okay."),
            (C, "I'm just saying, the whole Beltway runs like that. Tap your card right there."),
            (U, "Got it. Thanks."),
        ],
    ),
    (
        "q02",
        "rowhouse corner store",
        ["gossip"],
        "cashier tells a customer the owner secretly sells loose cigarettes to schoolkids and hides the money",
        [
            (U, "Lemme get a half-and-half and a bag of Utz, hon."),
            (C, "The crab chips or the plain?"),
            (U, "Crab chips, always."),
            (C, "Two fifty."),
            (
                C,
                "Don't say nothing, but Mr. Lou keeps a carton under the counter and sells loosies to the kids coming out of the high school. Fifty cents a stick.",
            ),
            (U, "For real?"),
            (
                C,
                "For real. Made like two hundred dollars off them last week and don't report a dime of it. City ever walks in here, he's finished.",
            ),
            (C, "And he be acting all holy with the church ladies on Sunday, too."),
            (U, "Wow. Anyway, here's three."),
            (C, "Fifty cents back. Go 'head, hon."),
        ],
    ),
    (
        "q03",
        "pharmacy",
        ["gossip"],
        "cashier tells a customer a pharmacy tech is having an affair with a married Capitol Hill staffer",
        [
            (C, "Hi there, picking up?"),
            (U, "Yes, for Andrea Morales."),
            (C, "Date of birth?"),
            (U, "March ninth, eighty-seven."),
            (C, "Okay, got it. Just the one bag."),
            (
                C,
                "Between us, you know Tasha, the tech who's usually at this window? She's been sneaking around with a staffer from some senator's office up on the Hill. Married guy.",
            ),
            (U, "Oh. I didn't know that."),
            (
                C,
                "She takes a two-hour lunch and comes back with her hair all messed up. Everybody in the back knows. His wife even called here one time looking for her.",
            ),
            (U, "That's, um, a lot. Do I need to sign something?"),
            (C, "Yeah, sign on the pad. Copay's ten dollars."),
        ],
    ),
    (
        "q04",
        "crab house carry-out counter",
        ["gossip"],
        "cashier overshares her own family drama: her cousin's carjacking arrest, bail and his record",
        [
            (U, "Hey, I called in an order for Pete. A dozen mediums and a pound of shrimp."),
            (C, "Pete, yeah, they're coming up now."),
            (
                C,
                "Sorry if I'm all over the place today, hon. My cousin Dante got locked up Tuesday night for carjacking some lady out in Glen Burnie.",
            ),
            (U, "Oh no."),
            (
                C,
                "They caught him on the Beltway in her Acura. My aunt's been calling me crying all day, and now we gotta scrape up bail, and he already got a record from before.",
            ),
            (C, "I told him he was gonna end up in Jessup. And look at him now."),
            (U, "Sorry to hear that. What do I owe you?"),
            (C, "Sixty-eight fifty with the shrimp."),
            (U, "Here you go."),
            (C, "Thanks, hon. Crabs'll be out in a sec."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "crab house carry-out counter",
        ["repeated_question"],
        "the customer ordered two dozen in their very first line; after small talk the cashier asks how many they want",
        [
            (U, "Hey hon, lemme get two dozen mediums, steamed, heavy on the Old Bay."),
            (C, "You got it. Mediums are running a touch small today, that okay?"),
            (U, "That's fine. Taking them down my mom's in Dundalk."),
            (C, "Oh, nice. She still in the same house?"),
            (U, "Forty years. She won't leave it."),
            (C, "Can't blame her. Okay, and how many was you wanting, just the one dozen or more?"),
            (U, "Two dozen. Like I said."),
            (C, "Right, right. About twenty minutes on those."),
            (U, "No problem."),
        ],
    ),
    (
        "q06",
        "crab house carry-out counter",
        ["repeated_question"],
        "cashier asks which size, gets 'larges', chats about the Orioles, then asks which size again",
        [
            (C, "What can I get for you?"),
            (U, "A dozen crabs, please."),
            (C, "What size? We got mediums, larges and jumbos."),
            (U, "Larges."),
            (C, "Larges. You going down the ocean this weekend?"),
            (U, "Nah, just the O's game tonight, then eating these on the stoop."),
            (C, "Ain't nothing better. Maybe they'll actually win one."),
            (U, "Don't jinx it."),
            (C, "Ha. So which ones did you want, the mediums or the bigger ones?"),
            (U, "The larges, hon. I said larges."),
            (C, "My fault. Dozen larges, about fifteen minutes."),
        ],
    ),
    (
        "q07",
        "crab house carry-out counter",
        ["repeated_question"],
        "customer says steamed with Old Bay; after chat about moving to Hampden the cashier asks again whether to cook and season them",
        [
            (U, "Two pounds of the jumbo shrimp, please."),
            (C, "Want those steamed with Old Bay?"),
            (U, "Yeah, steamed, with Old Bay. Lots of it."),
            (C, "Okay. You from around here? I don't think I've seen you before."),
            (U, "Just moved to Hampden from Philly."),
            (C, "Welcome, hon. You'll be saying 'down the ocean' in no time."),
            (U, "Ha, I already caught myself saying it."),
            (
                C,
                "Now, do you want us to cook them with the seasoning on, or are you taking them home raw?",
            ),
            (U, "Steamed. With the Old Bay. Same as I said."),
            (C, "Gotcha. Give me ten minutes."),
        ],
    ),
    (
        "q08",
        "bakery",
        ["repeated_question"],
        "cashier asks if the order is for a cookout, hears yes and all about the retirement, then asks what it's all for again",
        [
            (
                U,
                "Hi, I need three dozen of the potato rolls and a half-sheet of the yellow cake with chocolate icing.",
            ),
            (C, "Sure. Is this for a cookout?"),
            (U, "Yes, Sunday, in the backyard. My husband's retiring from the Navy Yard."),
            (C, "Congratulations to him! How long was he there?"),
            (U, "Thirty-one years."),
            (C, "That's a career. You want anything written on the cake?"),
            (U, "'Happy Retirement, Ray' in blue, if you can."),
            (C, "No problem at all."),
            (C, "So what's all this for, you having people over for a barbecue or something?"),
            (U, "Yes. The cookout. Sunday."),
            (C, "Right, sorry. Total's fifty-four twenty."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "rowhouse corner store",
        ["rushed_upsell"],
        "customer buys one soda; cashier fires lottery, rewards card, round-up and text alerts back to back",
        [
            (U, "Just the Pepsi."),
            (C, "Two twenty-five."),
            (
                C,
                "You want a Pick 3 or a scratch-off? Mega Millions up to four hundred million.",
                RR,
            ),
            (U, "No.", R),
            (C, "You got our rewards card? Sign up today, free coffee.", R),
            (U, "Nah.", R),
            (C, "Round up for the rec center? It's for the kids on the block.", R),
            (U, "I'm good.", R),
            (C, "We do text alerts for the specials too, just punch your number in right here.", R),
            (U, "Just the soda, man."),
            (C, "Alright, alright. Two twenty-five."),
        ],
    ),
    (
        "q10",
        "crab house carry-out counter",
        ["rushed_upsell"],
        "combo upgrade, loyalty club, text signup and a round-up pushed one after another at a customer in a hurry",
        [
            (U, "Crab cake sandwich, please."),
            (C, "Broiled or fried?"),
            (U, "Broiled."),
            (C, "Make it a combo? Fries, slaw and a drink for four more.", RR),
            (U, "No thanks.", R),
            (C, "You in our Crab Club? Tenth sandwich free.", R),
            (U, "Uh, no.", R),
            (
                C,
                "I can sign you up real quick, and put your cell in, you get texts on the all-you-can-eat nights.",
                R,
            ),
            (U, "I'm kind of in a hurry.", R),
            (C, "And we're doing the round-up for the Bay Foundation, want to round up?", R),
            (U, "No."),
            (C, "Okay. Sixteen ninety-five."),
        ],
    ),
    (
        "q11",
        "hardware store",
        ["rushed_upsell"],
        "customer buys screws and caulk; rewards signup, round-up, text alerts and a grill pushed in one burst",
        [
            (U, "Just these wood screws and a tube of caulk."),
            (C, "Nine eighty-one."),
            (C, "You a Pro Rewards member? I can set it up off your phone number.", RR),
            (U, "Not today.", R),
            (C, "Okay, and we're rounding up for Habitat for Humanity, round up to ten?", R),
            (U, "No, thanks.", R),
            (C, "We've also got text alerts, sign up and you get ten percent off next visit.", R),
            (U, "Mm.", R),
            (
                C,
                "And the Weber grills are twenty percent off this week, want me to grab you one?",
                R,
            ),
            (U, "Just the screws, please."),
            (C, "Card goes in the chip reader."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "bakery",
        [],
        "warm chat about the customer's own family trip down the ocean; no third parties, no repeats, no offers",
        [
            (U, "Morning, hon. Can I get a dozen Berger cookies and six of the glazed?"),
            (C, "Morning! Sure thing. Stocking up for something?"),
            (
                U,
                "We're going down the ocean tomorrow, the whole family. First time for my granddaughter.",
            ),
            (C, "Oh, she's gonna love it. How old is she?"),
            (U, "Four. She keeps asking if the ocean's bigger than the Inner Harbor."),
            (
                C,
                "That is the cutest thing. Get her some Thrasher's fries on the boardwalk, she'll remember it forever.",
            ),
            (U, "Oh, that's the plan."),
            (C, "Here you go, cookies and the glazed. Twenty-three fifty."),
            (U, "Here's twenty-five."),
            (C, "Dollar fifty back. Have the best time, and put sunscreen on that baby."),
        ],
    ),
    (
        "q13",
        "hardware store",
        [],
        "colleague named and praised for paint matching, manager named only to approve a return",
        [
            (
                U,
                "Hi, I need a quart of paint to match this chip. It's for the trim on my rowhouse.",
            ),
            (
                C,
                "Oh, for matching you want Darnell back in paint. He's the best at it, honestly. He matched my mother's shutters off a chip the size of a dime.",
            ),
            (C, "He's on till four. Just head back past the plumbing aisle."),
            (U, "Great. And do you carry the screen patch kits?"),
            (C, "Aisle nine, next to the weatherstripping."),
            (
                U,
                "Thanks. Oh, and I bought this latch last week and it's the wrong size. Can I swap it?",
            ),
            (C, "You have the receipt?"),
            (U, "Right here."),
            (
                C,
                "Perfect. Anything over twenty needs Ms. Joyce to sign off, she's the manager. Let me call her up, one sec.",
            ),
            (C, "Joyce, return at register two when you get a chance."),
            (U, "No rush."),
        ],
    ),
    (
        "q14",
        "rowhouse corner store",
        [],
        "the customer gossips about a neighbour's family; the cashier declines twice and returns to the sale",
        [
            (U, "Lemme get the Arizona and a pack of Tastykakes, hon."),
            (C, "Two fifty."),
            (
                U,
                "You seen what's going on with Miss Bernice across the street? Police was at her house again last night. I heard her grandson's selling out the back.",
            ),
            (C, "I wouldn't know nothing about that."),
            (
                U,
                "Come on, you see everything from that window. And her daughter got a new boyfriend every week.",
            ),
            (C, "I just work the register, hon. You need a bag for those?"),
            (U, "Nah. But you know it's true."),
            (C, "Here's your change. Stay cool out there, it's supposed to hit ninety-eight."),
            (U, "Youse have a good one."),
        ],
    ),
    (
        "q15",
        "crab house carry-out counter",
        [],
        "cashier asks different order details once each, then reads the whole order back to confirm it",
        [
            (
                U,
                "Hey, can I get a dozen jumbos, steamed, a pint of cream of crab and two ears of corn?",
            ),
            (C, "Sure. Old Bay or J.O. on the jumbos?"),
            (U, "Old Bay."),
            (C, "Any butter or vinegar on the side?"),
            (U, "Both, please."),
            (
                C,
                "Alright, let me read it back to you: dozen jumbos steamed with Old Bay, a pint of cream of crab, two corn, butter and vinegar on the side. That everything?",
            ),
            (U, "That's it."),
            (
                C,
                "Cool. Jumbos are eighty-five a dozen today, so with everything it comes to a hundred and three even.",
            ),
            (U, "Yikes. Worth it, though."),
            (C, "Always is. About twenty minutes, you can wait on the bench out front."),
        ],
    ),
    (
        "q16",
        "Metro-station newsstand",
        [],
        "train noise: the customer says 'sorry?' and the cashier re-asks; the other either/or questions are about different items; the customer repeats their own question",
        [
            (C, "What can I get you?"),
            (U, "A water and a pack of Tums."),
            (C, "Small water or the big one?"),
            (U, "Sorry? The train just came in."),
            (C, "The water, hon. Small or the big bottle?", {"pause": 2.5}),
            (U, "Oh, the big one."),
            (C, "And the Tums, regular or extra strength?"),
            (U, "Extra strength. Is the Red Line okay this morning?"),
            (C, "Single-tracking past Silver Spring, they said. Give yourself some extra time."),
            (U, "Wait, so the Red Line's messed up?"),
            (C, "Yeah, past Silver Spring. You'll be fine if you're heading downtown. Four sixty."),
            (U, "Card. Thanks, man."),
        ],
    ),
    (
        "q17",
        "pharmacy",
        [],
        "one tailored recommendation (children's formula for a sick child) with the usual bag and receipt questions in a calm visit",
        [
            (U, "Just this cough syrup and the tissues."),
            (C, "Sure. Is the cough keeping somebody up at night?"),
            (U, "Yeah, my son's got it, he's seven. Coughing all night long."),
            (
                C,
                "This one's the adult formula, though. For a seven-year-old you want the children's version, purple box on that endcap. The pharmacist can double-check the dose for you if you want.",
            ),
            (U, "Oh, good catch. Let me go grab it."),
            (U, "Okay, swapped it.", {"pause": 20.0}),
            (C, "Great. That's fourteen sixty-two."),
            (U, "Here."),
            (C, "You need a bag?"),
            (U, "No, I'll carry it."),
            (C, "Want your receipt?"),
            (U, "Sure."),
            (C, "Here you go. Hope he feels better, hon."),
        ],
    ),
    (
        "q18",
        "bakery",
        [],
        "punch card offered at the start and peach cake mentioned at the very end of a relaxed chat; the owner is named warmly",
        [
            (U, "Hi, a loaf of the rye, sliced, please."),
            (C, "Sure thing. You have one of our punch cards? Tenth loaf's free."),
            (U, "Oh, I think I lost mine."),
            (C, "No worries, here's a new one. I'll punch it for today."),
            (
                U,
                "Thanks. Man, it's hot. The Beltway was a parking lot coming up from Silver Spring.",
            ),
            (C, "It always is this time of day. You came all the way up here for bread?"),
            (
                U,
                "My grandmother used to bring me here. Nobody makes rye like this down in Montgomery County.",
            ),
            (
                C,
                "That's sweet. The owner'll love hearing that, her dad started with the same recipe back in sixty-two.",
            ),
            (U, "Really? I'll have to tell my mom."),
            (C, "Here's your loaf, still warm.", {"pause": 6.0}),
            (
                C,
                "Oh, and the peach cake goes half-price after four, if you want one for later. No pressure.",
                {"pause": 4.0},
            ),
            (U, "You know what, sure, I'll take one."),
            (C, "Good choice. Eleven fifty altogether."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout212", HELDOUT212, 2121)
