# ruff: noqa: E501
"""Build the coach's held-out set 199: written by writer-199 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Montreal English with
the odd French loanword: dep, the metro, guichet, stage, chalet, the 40, eh): staff
and regulars of a Mile End depanneur, a bagel shop on the Plateau, a pharmacy on
Sherbrooke, an Ottawa hardware store, a poutine counter and a Byward Market cheese
shop. Some of them are bilingual; the cashier sometimes speaks twice in a row.

Mix: 4 gossip (a previous customer's secret casino gambling, the owner's cash-only
payroll, a colleague's affair with a married regular, the cashier's own ex and his
new girlfriend), 4 repeated_question (sesame or poppy, how many dozen, which cheese
answered with "same", whether it's for a party), 3 rushed_upsell (points card,
lottery, text alerts; combo upgrade, size upgrade, round-up, app; points card, bonus
points, food bank, text alerts) and 7 hard "not" cases: warm chat about the customer's
chalet with a colleague named for the tinting; the customer gossips while the cashier
deflects; an order read back to confirm it; a "sorry?" re-ask among different
questions of the same shape; one tailored recommendation with bag and receipt spread
out; two offers far apart in a relaxed visit; a manager praised while the customer
repeats their own question.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT199 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Mile End depanneur",
        ["gossip"],
        "cashier tells a stranger that the man just before him hides his casino losses from his wife",
        [
            (C, "Hey, bonjour. Just the milk?"),
            (U, "Milk and a pack of gum, please."),
            (C, "Sure thing. Did you see the guy in the Canadiens jacket who was just in here?"),
            (U, "Kind of, yeah."),
            (
                C,
                "He buys like forty bucks of scratch tickets every morning and his wife has no clue. Every Friday he's at the casino on the island and tells her he's doing overtime.",
            ),
            (
                C,
                "Last month he begged me not to say anything if she ever comes in. Lost the whole car payment, apparently.",
            ),
            (U, "Oof. Okay."),
            (C, "Anyway, that's six fifty."),
            (U, "Tap's fine."),
            (C, "Go ahead. Have a good one."),
        ],
    ),
    (
        "q02",
        "poutine counter",
        ["gossip"],
        "cashier volunteers that the owner pays staff cash under the table and hides it from the tax man",
        [
            (C, "Hi, what can I get you?"),
            (U, "Large classic and a Coke."),
            (C, "Coming up. Cash or card?"),
            (U, "Card. You guys finally take card?"),
            (
                C,
                "From customers, sure. Between you and me, Sylvain pays every one of us in cash, in envelopes, straight out of the safe.",
            ),
            (
                C,
                "No pay stubs, nothing on the books. I'm pretty sure he hasn't declared a dime to Revenu Québec in years.",
            ),
            (U, "Huh. That's, uh, a lot to know."),
            (
                C,
                "Oh, everybody knows. His brother-in-law does the books and they cook them together. Anyway, fourteen twenty-five.",
            ),
            (U, "Here you go."),
            (C, "Number forty-two, it'll be a few minutes."),
        ],
    ),
    (
        "q03",
        "Plateau bagel shop",
        ["gossip"],
        "cashier spreads a colleague's affair with a married regular, down to the texts she was shown",
        [
            (C, "Morning! What are we doing today?"),
            (U, "Half dozen sesame and a tub of plain cream cheese."),
            (C, "You got it, still warm from the oven."),
            (
                C,
                "Hey, you know the tall guy who comes in every Sunday with the twins? Drives the grey Volvo?",
            ),
            (U, "I think so?"),
            (
                C,
                "Him and Julie from the night shift. She stays after close and he picks her up out back. His wife thinks he's at hockey.",
            ),
            (U, "Oh. Yikes."),
            (
                C,
                "Julie showed me the texts on her phone, too. Tell me that's not going to blow up.",
            ),
            (U, "Can I just pay?"),
            (C, "Oh, sure, eleven forty."),
        ],
    ),
    (
        "q04",
        "Byward Market cheese shop",
        ["gossip"],
        "cashier unloads her own breakup and runs down her ex's new girlfriend to a customer",
        [
            (C, "Hi there, did you find what you were looking for?"),
            (U, "I did, the Oka and a piece of the aged cheddar."),
            (C, "Great choices."),
            (
                C,
                "Sorry, I'm all over the place today. My ex just posted pictures with his new girlfriend and she's literally twenty-two. He dumped me three weeks ago, by text.",
            ),
            (U, "Oh, I'm sorry."),
            (
                C,
                "And she's doing her stage at his firm, so you can guess how that started. I bet he was seeing her before we even broke up.",
            ),
            (C, "My sister says I should go key his car. I'm half tempted, honestly."),
            (U, "Um. How much is it?"),
            (C, "Twenty-six eighty. Bag?"),
            (U, "No, I'm okay."),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "Plateau bagel shop",
        ["repeated_question"],
        "cashier asks sesame or poppy, gets 'sesame', chats about the neighbourhood, then asks which seed again",
        [
            (C, "Hi! What can I get for you?"),
            (U, "A dozen bagels, please."),
            (C, "Sesame or poppy?"),
            (U, "Sesame, please. The poppy ones get stuck in my teeth."),
            (C, "Ha, fair. Are you from around here? I feel like I've seen you before."),
            (U, "Yeah, I'm on Clark now. Just moved from Ottawa in September."),
            (C, "Oh nice, welcome to the Plateau. Winter's coming though, eh?"),
            (U, "Don't remind me."),
            (C, "So for your dozen, did you want them with sesame seeds or the poppy seeds?"),
            (U, "Sesame. Like I said."),
            (C, "Right, right. Eleven fifty."),
        ],
    ),
    (
        "q06",
        "Plateau bagel shop",
        ["repeated_question"],
        "customer says three dozen at the start; after talk about the office and the metro the cashier asks how many dozen again",
        [
            (C, "Bonjour, hi. What'll it be?"),
            (U, "I need bagels for the office. Three dozen, mixed."),
            (C, "Mixed, okay. Any cream cheese with that?"),
            (U, "Two tubs, one plain and one herb and garlic."),
            (C, "Lucky coworkers. Where's the office?"),
            (
                U,
                "Downtown, right by McGill metro. I'm carrying all this on the green line, wish me luck.",
            ),
            (C, "Ha, hold on tight at Berri."),
            (C, "Okay, and how many dozen are you after?"),
            (U, "Three."),
            (C, "Three dozen mixed, two tubs. Forty-eight even."),
            (U, "Tap."),
        ],
    ),
    (
        "q07",
        "Byward Market cheese shop",
        ["repeated_question"],
        "customer names the Riopelle; after chat about her sister's visit the cashier asks which cheese again and gets 'same'",
        [
            (C, "Afternoon! What can I cut for you?"),
            (U, "Two hundred grams of the Riopelle, please."),
            (C, "Sure thing."),
            (U, "My sister's in from Montreal for the weekend, she's crazy about this one."),
            (C, "Oh, that's nice. Is she driving up the 417?"),
            (U, "Train. She refuses to drive in the snow."),
            (C, "Smart woman."),
            (C, "Now, which cheese did you want me to cut for you?"),
            (U, "Same. The Riopelle."),
            (C, "Two hundred grams, coming up."),
        ],
    ),
    (
        "q08",
        "Mile End depanneur",
        ["repeated_question"],
        "customer explains the ice and beer are for a rooftop birthday; cashier later asks if it's for a party",
        [
            (C, "Hey. That all the ice you need?"),
            (U, "Four bags of ice and the two cases of Boréale."),
            (C, "Big night?"),
            (U, "Yeah, my buddy's thirtieth. We're doing it on the roof."),
            (C, "A roof party in October, you guys are brave."),
            (U, "We've got patio heaters. Hopefully they work."),
            (C, "Need cups or anything? The red ones are in aisle two."),
            (U, "Already got them, thanks."),
            (C, "Okay. So is all this for a party or something?"),
            (U, "Yeah... the birthday. On the roof."),
            (C, "Right. Sixty-two forty."),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Mile End depanneur",
        ["rushed_upsell"],
        "points card, lottery ticket and text-alert signup fired back to back at a customer answering in single words",
        [
            (C, "Hi. Just the coffee and the muffin?"),
            (U, "Yep."),
            (C, "You have our points card? Every tenth coffee's free.", RR),
            (U, "No.", R),
            (C, "I can sign you up right now, takes two seconds.", R),
            (C, "And a Lotto Max with that? Jackpot's sixty million tonight.", R),
            (U, "Uh.", R),
            (
                C,
                "Give me your cell and we'll text you when the jackpot's big and when beer's on special.",
                R,
            ),
            (U, "I'm good.", R),
            (C, "Okay, four seventy-five."),
            (U, "Here."),
        ],
    ),
    (
        "q10",
        "poutine counter",
        ["rushed_upsell"],
        "combo, size upgrade, hospital round-up and app pushed one after another at a customer who barely answers",
        [
            (C, "Next! What can I get you?"),
            (U, "Regular poutine."),
            (C, "Make it a combo? Drink and a steamé for four bucks more.", RR),
            (U, "No thanks.", R),
            (C, "Large is only two dollars more, you sure?", R),
            (U, "Yeah.", R),
            (C, "Would you like to round up to the dollar for the children's hospital?", R),
            (U, "Uh, sure.", R),
            (C, "And grab our app, your fifth poutine's free.", R),
            (U, "Okay."),
            (C, "Eleven dollars even."),
        ],
    ),
    (
        "q11",
        "Sherbrooke pharmacy",
        ["rushed_upsell"],
        "points card, bonus points, food bank donation and text-alert signup rattled off while the customer just wants to pay",
        [
            (C, "Hi, just these two?"),
            (U, "Yeah, the Advil and the tissues."),
            (C, "Do you have your points card with you today?", RR),
            (U, "No.", R),
            (C, "Want me to sign you up? It's bonus day, twenty times the points.", R),
            (
                C,
                "And we're collecting for the food bank this month, would you like to add two dollars?",
                R,
            ),
            (U, "Not today.", R),
            (
                C,
                "Can I get your phone number for text alerts when your prescriptions are ready?",
                R,
            ),
            (U, "I don't fill prescriptions here.", R),
            (C, "They send the weekly flyer too. Just your number?", R),
            (U, "No thanks. Can I just pay?"),
            (C, "Sure, fourteen nineteen."),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Ottawa hardware store",
        [],
        "warm chat about the customer's chalet deck; a colleague named only because he can tint the stain",
        [
            (C, "Hey, find everything you needed?"),
            (U, "Mostly. Deck screws, the stain and a couple of brushes."),
            (C, "Getting the deck done before winter?"),
            (U, "At the chalet, yeah. Out past Rigaud, you take the 40 nearly the whole way."),
            (
                C,
                "Beautiful country out there. Try to do it this week, the stain won't cure properly once nights drop under ten degrees.",
            ),
            (U, "That's the plan, Saturday if it doesn't rain."),
            (
                C,
                "If you want it a shade darker, Marc in paint can tint it for you, he's back there till six.",
            ),
            (U, "Oh, good to know. I might do that."),
            (C, "Your total's eighty-three forty. Receipt in the bag?"),
            (U, "Yes please."),
            (C, "Enjoy the chalet."),
        ],
    ),
    (
        "q13",
        "Mile End depanneur",
        [],
        "customer gossips about a neighbour; the cashier declines to engage and keeps to the sale",
        [
            (C, "Evening."),
            (U, "Did you hear about the guy upstairs from me? Cops were there again last night."),
            (C, "Just the bread and the eggs?"),
            (
                U,
                "Yeah. I swear he's dealing, people in and out all night. And his girlfriend, don't get me started.",
            ),
            (C, "Hm. Not really my business. You want a bag?"),
            (U, "No, I've got my tote. You know him, right? He comes in here."),
            (C, "Lots of people come in. I just ring them up."),
            (C, "That's seven sixty."),
            (U, "Fine, fine. Here."),
            (C, "Thanks, have a good night."),
        ],
    ),
    (
        "q14",
        "Plateau bagel shop",
        [],
        "a big order read back once as a statement to confirm it, not a re-asked question",
        [
            (C, "Hi there, what can I get you?"),
            (U, "Two dozen sesame, one dozen everything and a half dozen poppy."),
            (C, "Okay."),
            (U, "Oh, and a tub of the lox spread."),
            (C, "Let me grab the poppy from the back, a fresh batch just came out."),
            (U, "Perfect, my kids fight over those."),
            (
                C,
                "Ha, I believe it. So that's two dozen sesame, a dozen everything, six poppy and the lox spread.",
            ),
            (U, "That's it."),
            (C, "Thirty-eight ninety-five. Cash or card?"),
            (U, "Card."),
            (C, "One bag or split in two?"),
            (U, "One's fine."),
        ],
    ),
    (
        "q15",
        "Sherbrooke pharmacy",
        [],
        "cashier re-asks only after the customer says 'sorry?' over a loudspeaker; the other questions are all different",
        [
            (C, "Hi, picking up?"),
            (U, "Yes, for Tremblay, Anne."),
            (C, "And your date of birth?"),
            (U, "March fourth, eighty-one."),
            (C, "Thanks. Is this your first time on this one?"),
            (U, "No, I've been taking it since the summer."),
            (C, "Do you want to speak with the pharmacist at all?"),
            (U, "Sorry? The announcement, I didn't catch that."),
            (C, "Did you want a word with the pharmacist about it?"),
            (U, "Oh, no, I'm fine, thanks."),
            (C, "Twelve dollars even after insurance. Do you need a bag?"),
            (U, "No, it fits in my purse."),
            (C, "Do you want the receipt for your insurance?"),
        ],
    ),
    (
        "q16",
        "Byward Market cheese shop",
        [],
        "one recommendation tailored to the customer's cheese board; bag and receipt asked at their natural moments",
        [
            (C, "Hi, can I help you find anything?"),
            (
                U,
                "I'm putting a board together for my in-laws, they're coming from Quebec City. I've got a Brie, I need something firmer.",
            ),
            (
                C,
                "Next to a Brie I'd go with the Louis d'Or. It's a nutty mountain-style cheese, aged a couple of years, made near Victoriaville. They'll probably recognize it.",
            ),
            (U, "Oh, that sounds perfect. Maybe two fifty grams?"),
            (C, "Sure."),
            (C, "Here, have a little taste first.", {"pause": 6.0}),
            (U, "Mm. Yes, that's the one."),
            (C, "Good. Thirty-one twenty.", {"pause": 8.0}),
            (U, "Card, please."),
            (C, "Do you want a bag for it?"),
            (U, "Yes please, paper if you have it."),
            (C, "And the receipt?", {"pause": 5.0}),
            (U, "Sure, thanks."),
        ],
    ),
    (
        "q17",
        "poutine counter",
        [],
        "relaxed visit by a regular: the weekly special mentioned at the start, a punch card offered long after",
        [
            (C, "Hey! The usual?"),
            (U, "Ha, you know me. Regular with extra curds."),
            (C, "Want to try the smoked meat one this week? It's the special."),
            (U, "Next time maybe. Just the regular today."),
            (C, "You got it."),
            (C, "How's the new job? You were starting at the General, no?"),
            (U, "Yeah, nights on the surgery floor. Long shifts, but I like the team."),
            (C, "Good for you. You look happier than last month, anyway."),
            (U, "Ha, I'm sleeping at least."),
            (C, "Regular, extra curds, here you go.", {"pause": 40.0}),
            (
                C,
                "Oh, and we're doing punch cards now, tenth poutine's on us. Want one?",
                {"pause": 4.0},
            ),
            (U, "Sure, why not."),
            (C, "There, first stamp. Have a good shift."),
        ],
    ),
    (
        "q18",
        "Ottawa hardware store",
        [],
        "customer repeats his own question about filters; the manager is named and praised for reorganising the aisle",
        [
            (U, "Hi, do you carry furnace filters? Sixteen by twenty-five?"),
            (C, "We do, aisle nine, right at the end."),
            (U, "Great, thanks."),
            (
                U,
                "Sorry, it's me again. Do you carry the sixteen by twenty-five? I only see twenty by twenty-five.",
                {"pause": 45.0},
            ),
            (
                C,
                "They're probably on the top shelf. Denise, our manager, redid that whole aisle last week, and honestly it's so much easier to find stuff now.",
            ),
            (C, "But people miss the top shelf. Look right above the twenties."),
            (U, "Found them. Way up there, like you said.", {"pause": 20.0}),
            (C, "Perfect. Just the two filters?"),
            (U, "Just the two."),
            (C, "Thirty-four fifty-eight. Receipt?"),
            (U, "Sure."),
            (C, "Stay warm out there."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout199", HELDOUT199, 1991)
