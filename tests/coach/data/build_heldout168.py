# ruff: noqa: E501
"""Build the coach's held-out set 168: written by writer-168 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Canadian speech: "eh",
"sorry", toques, double-doubles, loonies and toonies): tills in Toronto and Vancouver,
namely a coffee chain, a pharmacy, two liquor stores (one private shop in Vancouver, one
in Toronto), a hardware store, a convenience store and a bakery. Some customers are
polite, some terse and in a hurry; the cashier sometimes speaks twice in a row.

Mix: 4 gossip (a minor-hockey coach's affair, the previous customer's bounced rent
cheque, the owner's son's gambling, the cashier's own roommate's DUI), 4
repeated_question (which roast, how many litres, which screw size asked three times,
how many loaves, each re-asked in other words after a digression), 3 rushed_upsell
(points card, sign-up, round-up, app, extended warranty, battery deal, lottery quick
pick, chocolate special), and 7 hard "not" cases: warm chat about the customer's own
family plans; a colleague sent for as the expert and the manager praised; the customer
gossips while the cashier deflects; a big order read back to confirm it; a "sorry?"
re-ask plus different questions of the same shape and a customer repeating their own
question; one tailored recommendation with bag and receipt questions spread out; two
offers far apart in a relaxed browse.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT168 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Toronto coffee chain",
        ["gossip"],
        "cashier spreads a rumour that the customer's son's hockey coach is having an affair with a team mom",
        [
            (C, "Morning! What can I get started for you?"),
            (U, "Medium double-double and a toasted everything bagel, please."),
            (C, "You got it. Butter or cream cheese on that?"),
            (U, "Just butter."),
            (C, "Hey, is that a Leaside Flames toque? My nephew plays in that league."),
            (U, "Yeah, my boy's on the peewee team this year."),
            (
                C,
                "Oh, then you've heard about Coach Darren, eh? He's been fooling around with one of the team moms. Half the parents saw them sneaking off at the tournament in Barrie.",
            ),
            (
                C,
                "And his wife's the one who runs the snack table every Saturday, so you can imagine. Apparently she found the texts and threw his gear bag out on the front lawn.",
            ),
            (U, "I, uh, hadn't heard anything about that."),
            (C, "Anyway! That's five eighty-nine."),
            (U, "Tap, please."),
            (C, "There you go. Have a good one."),
        ],
    ),
    (
        "q02",
        "Vancouver convenience store",
        ["gossip"],
        "cashier tells the next customer that the man who just left bounced his rent cheque again and will be evicted",
        [
            (U, "Just the chips and a pack of gum, thanks."),
            (
                C,
                "Sure thing. Did you see the guy who was just in, grey hoodie, bought the scratchers?",
            ),
            (U, "Sort of, yeah."),
            (
                C,
                "He lives in my landlord's other building on Fraser. His rent cheque bounced again this month, second time since Christmas. The landlord was going on about it to everybody in the laundry room.",
            ),
            (
                C,
                "And there he is blowing his last twenty bucks on scratch tickets. He's getting evicted for sure, mark my words.",
            ),
            (U, "Huh. That's rough."),
            (C, "Four seventy-five for the chips and gum."),
            (U, "Here's a five."),
            (C, "Quarter back. Take care."),
        ],
    ),
    (
        "q03",
        "Vancouver private liquor store",
        ["gossip"],
        "cashier overshares that the owner's son has a gambling problem and the owner remortgaged to cover it",
        [
            (C, "Hey, how's it going tonight?"),
            (U, "Not bad. Just this bottle of rye and a four-pack of the lime sodas."),
            (C, "Sure. You're in here a fair bit, you know the owner, right? Mr. Sandhu?"),
            (U, "Enough to say hi to."),
            (
                C,
                "Don't say I told you, but his son Ravi's got a real gambling problem. He's at River Rock pretty much every night, lost something like forty grand at the blackjack tables.",
            ),
            (
                C,
                "Mr. Sandhu had to take out a second mortgage to pay it off, and Ravi's mom still has no clue. The two of them were yelling at each other in the back office on Tuesday, we could all hear it.",
            ),
            (U, "Oh. Wow. Okay."),
            (C, "Yeah, it's a whole mess. That's thirty-eight forty."),
            (U, "Here you go."),
            (C, "Thanks, have a good night."),
        ],
    ),
    (
        "q04",
        "Toronto bakery",
        ["gossip"],
        "cashier unloads her own private drama: her roommate's drunk-driving charge, wrecked car and unpaid rent",
        [
            (C, "Hi there, what can I get you?"),
            (U, "Half a dozen butter tarts, please. The ones without raisins, if you have them."),
            (C, "We do, yeah. Sorry, I'm a bit out of it this morning."),
            (
                C,
                "My roommate got pulled over on the Gardiner on Saturday night, blew way over the limit, and now he's lost his licence and keeps asking me to drive him to his five a.m. shifts.",
            ),
            (U, "Oh. Yikes."),
            (
                C,
                "And he wrecked his cousin's car doing it, so his whole family's not speaking to him, and he can't cover his half of the rent. I'm honestly thinking of kicking him out.",
            ),
            (U, "That sounds like a lot to deal with."),
            (C, "Tell me about it. Anyway, that's twelve fifty."),
            (U, "Debit."),
            (C, "Go ahead whenever you're ready."),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Toronto coffee chain",
        ["repeated_question"],
        "cashier asks which roast, gets 'the dark', chats about the grinder, then asks again whether it was the medium or the darker one",
        [
            (C, "Hi, what can I get you?"),
            (U, "A pound of whole beans, please, for home."),
            (C, "Which roast would you like, the dark or the medium?"),
            (U, "The dark, please."),
            (C, "Good stuff. You grinding them yourself?"),
            (U, "Yeah, I just got a burr grinder for my birthday."),
            (C, "Oh, happy belated! Those make a huge difference, eh."),
            (U, "Thanks. Honestly, it's changed my mornings."),
            (C, "Okay, so for the beans, was it the medium blend you wanted or the darker one?"),
            (U, "Um, the dark. Like I said."),
            (C, "Right, my bad. That's seventeen ninety-five."),
        ],
    ),
    (
        "q06",
        "Vancouver hardware store",
        ["repeated_question"],
        "cashier asks how many litres, gets four, chats about the nursery, then asks how much paint to mix",
        [
            (C, "Find everything alright?"),
            (U, "Mostly. I need this colour mixed, the sage green on this card."),
            (C, "Sure. How many litres are you after?"),
            (U, "Four litres should do it. It's just one small bedroom."),
            (C, "Doing up a bedroom, eh?"),
            (U, "Yeah, the baby's room. She's due in March."),
            (C, "Congrats! Is this your first?"),
            (
                U,
                "Second. The first one's already drawing on the walls, so we're repainting anyway.",
            ),
            (C, "Ha, that's how it goes. Okay, so how much of the green do you need me to mix up?"),
            (U, "Four litres."),
            (C, "Got it. Give me about ten minutes for the shaker."),
        ],
    ),
    (
        "q07",
        "Toronto hardware store",
        ["repeated_question"],
        "cashier asks the screw size, gets two and a half inch number eight, then asks for the length twice more",
        [
            (U, "Hi, I need some deck screws for a couple of boards out back."),
            (C, "Sure. What size are you looking for?"),
            (U, "Two and a half inch, number eight."),
            (C, "Okay. And what kind of wood is it, pressure-treated?"),
            (U, "Cedar, actually. A couple of the stair treads rotted out over the winter."),
            (C, "Cedar's nice. You'll want coated ones so they don't leave black streaks."),
            (C, "So which length did you need again?"),
            (U, "Two and a half."),
            (
                C,
                "Right. There's the brown ceramic-coated or the stainless, the stainless runs about double.",
            ),
            (U, "Coated's fine, it's only a few steps."),
            (C, "Okay, and how long were the screws you were after?"),
            (U, "Two and a half inches. Number eight."),
            (C, "Got it, that's the one-pound box then. Nineteen ninety-nine."),
        ],
    ),
    (
        "q08",
        "Vancouver bakery",
        ["repeated_question"],
        "cashier asks how many loaves, gets six, chats about the potluck, then asks how many sourdough to bag",
        [
            (U, "Morning. I'm picking up bread for the church lunch on Sunday."),
            (C, "Oh, lovely. How many loaves are you thinking?"),
            (U, "Six of the sourdough, please."),
            (C, "Sliced or whole?"),
            (U, "Sliced, please. Nobody ever remembers to bring a bread knife."),
            (C, "Ha, fair enough. Is it a big crowd?"),
            (U, "About sixty. It's the spring potluck, everyone brings a dish."),
            (C, "That sounds like fun. I'd bring my baba's perogies if I could."),
            (C, "Okay, so how many of the sourdough should I bag up for you?"),
            (U, "Six."),
            (C, "Perfect. That's thirty-three even."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Toronto pharmacy",
        ["rushed_upsell"],
        "double-parked customer gets points card, sign-up with email, hospital round-up and app coupon in one breathless burst",
        [
            (U, "Just this cough syrup, please, I'm double-parked."),
            (C, "Sure! Do you have our points card?", RR),
            (U, "No, I just...", R),
            (C, "Want to sign up? Takes two seconds, I just need your email.", R),
            (
                C,
                "And would you like to round up to the nearest dollar for the children's hospital?",
                R,
            ),
            (C, "Oh, and if you download our app there's ten bucks off your next order.", R),
            (U, "No. No thanks. Just the syrup, please, my car's on Yonge."),
            (C, "Okay, that's fourteen twenty-two."),
            (U, "Tap."),
        ],
    ),
    (
        "q10",
        "Vancouver hardware store",
        ["rushed_upsell"],
        "contractor in a hurry gets protection plan, rewards, food-bank round-up and a battery deal back to back",
        [
            (U, "Just the drill. My buddy's waiting in the truck."),
            (
                C,
                "Okay, do you want the three-year protection plan on that? Only twenty-nine ninety-nine.",
                RR,
            ),
            (U, "No thanks.", R),
            (C, "You a Pro Rewards member? You'd get points on this.", R),
            (U, "Nope.", R),
            (C, "We're also collecting for the food bank this week, want to round up?", R),
            (C, "And a second battery's half off if you grab it today.", R),
            (U, "Man, I just need the drill. Please."),
            (C, "Yep, sorry. One forty-nine ninety-nine plus tax."),
        ],
    ),
    (
        "q11",
        "Toronto convenience store",
        ["rushed_upsell"],
        "customer running for a bus gets a lottery quick pick, the app and a chocolate-bar deal fired at him",
        [
            (U, "Gum and a Pepsi. Quick, my bus is right there."),
            (C, "Lotto Max is up to seventy million tonight, want a quick pick?", RR),
            (U, "No.", R),
            (C, "You got our app? Scan it and every sixth coffee's free.", R),
            (C, "And the chocolate bars by the till are two for three bucks.", R),
            (U, "Bus. Please.", R),
            (C, "Right, right. Three forty-nine."),
            (U, "There's a loonie and a toonie and some change, keep it."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Toronto bakery",
        [],
        "not gossip: warm chat about the customer's own plans (mom's surprise 70th), a care tip for the cake",
        [
            (U, "Hi! I ordered a cake for pickup, under Marchetti."),
            (C, "Yes! The lemon one with the raspberry filling. Let me grab it from the back."),
            (C, "Here we go. Is this for a birthday?"),
            (U, "My mom's seventieth. We're doing a surprise at my sister's place in Etobicoke."),
            (C, "Aw, that's so nice. Seventy's a big one."),
            (U, "She thinks we're just going out for dinner. She's going to kill us."),
            (C, "She'll love it. Keep it flat in the car, though, the filling's pretty soft."),
            (U, "Good tip, I'll put it on the floor of the back seat."),
            (C, "With the deposit you already put down, it's twenty-two fifty today."),
            (U, "Card's fine."),
            (C, "Perfect. Happy birthday to your mom!"),
        ],
    ),
    (
        "q13",
        "Vancouver hardware store",
        [],
        "not gossip: a colleague named as the plumbing expert and the manager praised for hiring her, all about work",
        [
            (
                U,
                "Hi, I've got a leak under the kitchen sink. I think it's the compression fitting.",
            ),
            (
                C,
                "Okay, that's aisle twelve. Actually, Priya's back there today, she was a plumber for twenty years before she came here. She'll match it for you if you've got the old one.",
            ),
            (U, "I brought it, it's in my pocket."),
            (C, "Perfect, she'll sort you out."),
            (
                U,
                "Got it. Priya was great, she found the exact one in about a minute.",
                {"pause": 45.0},
            ),
            (
                C,
                "She's the best. Our manager Glen hired her for exactly that, he's good at finding people who really know their stuff.",
            ),
            (U, "Well, it shows."),
            (C, "That's eight forty-nine. You need a bag for that?"),
            (U, "Nah, it'll go in my pocket."),
            (C, "Good luck with the sink!"),
        ],
    ),
    (
        "q14",
        "Toronto liquor store",
        [],
        "not gossip: the customer gossips about his neighbour's marriage and the cashier steers back to the wine and the box",
        [
            (C, "Hi, how's it going?"),
            (U, "Good. Two bottles of this Niagara riesling and a six of the IPA."),
            (C, "Nice. Can I see some ID?"),
            (U, "Ha, flattering. Here."),
            (C, "Thanks, you're all set."),
            (
                U,
                "These are for my neighbour's barbecue. Between you and me, the guy's been sleeping on his couch for a month, his wife's seeing somebody from her work.",
            ),
            (
                C,
                "Oh, I wouldn't know anything about that. The riesling's a good pick for a barbecue, though, it's great really cold.",
            ),
            (U, "Yeah? And apparently he's been telling everybody that..."),
            (C, "Did you want a box for the bottles so they don't clink around?"),
            (U, "Sure, a box is good."),
            (C, "That's fifty-one thirty."),
            (U, "Tap."),
            (C, "Enjoy the barbecue."),
        ],
    ),
    (
        "q15",
        "Vancouver coffee chain",
        [],
        "not a repeat: a big office order read back once to confirm it; the follow-up questions ask different things",
        [
            (
                U,
                "Hi, okay, big order for the office. Three double-doubles, two black, one large steeped tea with milk, and a box of twenty Timbits.",
            ),
            (C, "Sure. What size on the double-doubles?"),
            (U, "All medium. The black ones too."),
            (C, "And the steeped tea, any sugar in that?"),
            (U, "No sugar, just milk."),
            (
                C,
                "Okay, let me read that back. Three medium double-doubles, two medium black, one large steeped tea with milk and no sugar, and twenty assorted Timbits. That right?",
            ),
            (U, "That's it, perfect."),
            (C, "Want a couple of trays for the drinks?"),
            (U, "Two trays would be great, thanks."),
            (C, "No problem. That'll be twenty-eight forty."),
            (U, "Here's my card."),
        ],
    ),
    (
        "q16",
        "Toronto pharmacy",
        [],
        "not a repeat: one re-ask after the customer says 'sorry?' over the PA, two 'is this for you' questions about different prescriptions, and the customer repeating her own question",
        [
            (U, "Hi, picking up for Nguyen."),
            (C, "And the date of birth?"),
            (U, "March fourth, eighty-two."),
            (C, "Thanks. There are two here. Is the amoxicillin for you?"),
            (U, "No, that one's for my son."),
            (C, "Okay. And the inhaler, is that one yours?"),
            (U, "That one's mine, yeah."),
            (C, "Have you used this inhaler before?"),
            (U, "Sorry? I couldn't hear you over the announcement."),
            (C, "No worries. Have you used this kind of inhaler before?"),
            (U, "Yes, same one as last winter. Oh, and can he take the amoxicillin with food?"),
            (C, "Yes, with food is actually better, it's easier on the tummy."),
            (U, "Okay. So it's fine with food?"),
            (C, "Totally fine. That's eleven twenty after your insurance."),
        ],
    ),
    (
        "q17",
        "Vancouver convenience store",
        [],
        "not rushed: one tailored suggestion (electrolytes for sunburn-headache) and bag and receipt questions spread over a relaxed visit",
        [
            (U, "Hey. A bag of ice, and do you have anything for a headache?"),
            (C, "Yeah, the Tylenol and Advil are behind me. What kind of headache?"),
            (U, "Ha, just too much sun at Kits Beach. Forgot my hat."),
            (
                C,
                "Oh, been there. Honestly, grab one of these electrolyte drinks too, the sun really takes it out of you. The lemon one's not bad.",
            ),
            (U, "Yeah, sure, I'll take a lemon one."),
            (C, "Ice is in the freezer by the door, just grab whichever bag."),
            (U, "Got it. The small one's enough.", {"pause": 20.0}),
            (C, "Cool. You want a bag for the drink and the Advil?"),
            (U, "Nah, I'll just carry them."),
            (C, "That's fourteen sixty."),
            (U, "Tap's fine."),
            (C, "Receipt?", {"pause": 3.0}),
            (U, "No thanks."),
            (C, "Take it easy, drink some water."),
        ],
    ),
    (
        "q18",
        "Vancouver liquor store",
        [],
        "not rushed: a tailored wine suggestion and a tasting mention early, and a birthday-club offer only after a long browse",
        [
            (C, "Hi there, finding everything okay?"),
            (U, "Just browsing for now. I'm looking for a red to go with lamb."),
            (
                C,
                "Oh, nice. If you like BC wines, the Okanagan syrahs go really well with lamb. They're over by the window.",
            ),
            (U, "Perfect, I'll take a look."),
            (
                C,
                "We're also doing a free tasting with some local wineries on Saturday afternoon, if you happen to be around.",
            ),
            (U, "Maybe, I'll see what the weekend looks like."),
            (U, "Okay, I'll take this syrah. And a bottle of the Prosecco.", {"pause": 90.0}),
            (C, "Good choice, that syrah's one of my favourites."),
            (U, "My partner's parents are coming for Easter, so I want to get it right."),
            (C, "You will. That'll be sixty-four eighty."),
            (U, "Card's fine."),
            (
                C,
                "And before you go, we've got a birthday club, ten percent off in your birthday month. Totally optional, if you want to sign up.",
            ),
            (U, "Sure, why not."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout168", HELDOUT168, 1681)
