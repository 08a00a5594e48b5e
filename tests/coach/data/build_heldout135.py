# ruff: noqa: E501
"""Build the coach's held-out set 135: written by writer-135 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation): German-speaking staff
and customers in Germany, Austria and Switzerland talking English with tourists and
expats, with "so", "genau", "na ja", "exactly" and a slightly German word order: a
Munich bakery, a Vienna Christmas market stall, a ski hire shop in St. Anton, an
Apotheke in Zurich, a beer hall bar counter in Munich and a railway station kiosk in
Basel.

Mix: 4 gossip (the ski instructor's affair with a guest, the previous customer's
drinking, the owner's tax trick with the till, the cashier's landlord throwing her
out), 4 repeated_question (ski length, number of pretzels, platform, mug size; in the
pretzel one the answer was a number both times), 3 rushed_upsell (deposit mug plus
raffle plus a second mug; loyalty card plus newsletter plus app; travel insurance
add-on plus helmet plus photo pass), and 7 hard "not" cases: warm chat about the
customer's own trip, a colleague named for a work reason and the manager praised, the
customer gossips while the cashier deflects, an order read back to confirm it, a
"sorry?" re-ask plus different questions of the same shape, one tailored
recommendation with the routine bag and receipt questions, and two offers far apart
in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT135 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "St. Anton ski hire shop",
        ["gossip"],
        "cashier tells a customer that the ski instructor is having an affair with a married guest",
        [
            (C, "Grüß Gott! So, you are bringing back the skis today?"),
            (U, "Yes, two pairs, and the boots. We leave tomorrow morning."),
            (C, "Genau, I check them quickly. You had lessons with Florian, no?"),
            (U, "Just the first two days, yes."),
            (C, "Na ja, between us, Florian has other things in his head this week."),
            (
                C,
                "He is going around with the Dutch lady from the Hotel Post, the one with the red jacket. Her husband is sitting every evening alone at the bar, and he has no idea.",
            ),
            (U, "Oh. I didn't know that."),
            (
                C,
                "The whole village knows it. Last night they were kissing behind the Mooserwirt, everybody saw.",
            ),
            (U, "Right. Do we pay anything extra for the boots?"),
            (C, "No, all is included. You are finished, have a good trip home."),
        ],
    ),
    (
        "q02",
        "Munich beer hall bar counter",
        ["gossip"],
        "cashier talks about the previous customer's drinking to the next one in line",
        [
            (C, "Servus, what can I get you?"),
            (U, "Two Helles, please, the half litre."),
            (C, "Two Helles, kommt sofort."),
            (C, "Did you see the man who was just here before you, with the grey beard?"),
            (U, "The one with the hat? Sort of."),
            (
                C,
                "He is here every single day from eleven o'clock. That was his eighth Maß, and his wife calls me on the telephone to ask if he is here again.",
            ),
            (
                C,
                "Last month he fell down the stairs to the toilets, so drunk he was. The doctor said his liver is finished, but he keeps coming.",
            ),
            (U, "That's sad, actually."),
            (C, "Na ja, it is his business. Eleven sixty, please."),
            (U, "Here, make it twelve."),
            (C, "Danke, Prost!"),
        ],
    ),
    (
        "q03",
        "Munich bakery",
        ["gossip"],
        "cashier overshares the owner's trick of not ringing cash sales into the register to dodge tax",
        [
            (C, "Guten Morgen, what would you like?"),
            (U, "A rye bread, sliced, and two poppy seed rolls."),
            (C, "Gerne. Do you pay cash or with card?"),
            (U, "Cash is fine."),
            (C, "Good, the boss likes cash best. I tell you something funny."),
            (
                C,
                "When somebody pays cash, he says we should not type it in the register, only put it in the drawer under. At the end of the day he takes it home, so the Finanzamt never sees it. Half of the Saturday goes like this.",
            ),
            (U, "Hm. Isn't that a bit risky?"),
            (
                C,
                "Ja, his brother-in-law does the books, so nobody looks. Also he has a second till in the back for the cake orders that is not registered at all.",
            ),
            (U, "Okay. How much is it?"),
            (C, "Four eighty, please."),
        ],
    ),
    (
        "q04",
        "Basel railway station kiosk",
        ["gossip"],
        "cashier overshares her own drama with her landlord throwing her out of her flat",
        [
            (C, "Grüezi, just the newspaper?"),
            (U, "The newspaper and a bottle of water, please."),
            (C, "So, four ninety. Sorry if I look terrible today."),
            (U, "No, you look fine."),
            (
                C,
                "My landlord is throwing me out. He came last night and said by the end of March I must be gone, because his son wants the flat, after six years I am living there.",
            ),
            (
                C,
                "And he says my cat scratched the parquet so he keeps the whole deposit. He is a liar, the scratches were there before, and he shouts at me in the stairwell in front of all the neighbours.",
            ),
            (U, "That sounds awful. I hope you find something."),
            (
                C,
                "In Basel? Impossible. I will sleep here in the kiosk, maybe. Do you need a receipt?",
            ),
            (U, "No, thanks."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "St. Anton ski hire shop",
        ["repeated_question"],
        "cashier asks the ski length twice in other words after small talk about the snow",
        [
            (C, "Hallo, so, you want skis for the whole week?"),
            (U, "Yes, six days, from tomorrow."),
            (C, "And which length do you normally take?"),
            (U, "One seventy, I think. That's what I had last year."),
            (C, "Good. You were here last year already?"),
            (U, "Yes, but in Lech. The snow was much worse then."),
            (
                C,
                "Ja, this year is fantastic, we had almost a metre in one week. The Valluga is open also.",
            ),
            (U, "Great, I'd like to try it."),
            (C, "So, how long should the skis be for you?"),
            (U, "Like I said, one seventy."),
            (C, "Ah, genau. Then I take these ones, the red."),
        ],
    ),
    (
        "q06",
        "Munich bakery",
        ["repeated_question"],
        "cashier asks how many pretzels again after chat about the picnic; the answer is a number both times",
        [
            (C, "Morgen! What may it be?"),
            (U, "Pretzels, please. Eight of them."),
            (C, "Gerne. For a party?"),
            (U, "A picnic at the Englischer Garten, with my colleagues."),
            (
                C,
                "Oh, lovely, the weather is perfect for it today. You need also some butter for them?",
            ),
            (U, "No, we have the Obatzda already."),
            (C, "Perfect, that is the right thing. So, and how many pretzels you wanted?"),
            (U, "Eight."),
            (C, "Eight, okay. That makes six forty."),
            (U, "Here you go."),
        ],
    ),
    (
        "q07",
        "Basel railway station kiosk",
        ["repeated_question"],
        "cashier asks which platform the customer's train leaves from, then asks again in other words",
        [
            (C, "Grüezi, the coffee and the croissant?"),
            (U, "Yes, and a map of Switzerland if you have one."),
            (C, "Here. Where are you travelling today?"),
            (U, "To Interlaken, the ten past nine."),
            (C, "Which platform does it leave from, do you know?"),
            (U, "Platform seven, it says on the board."),
            (C, "Ah, nice, Interlaken. You go up to the Jungfraujoch also?"),
            (U, "Tomorrow, if the weather is clear."),
            (C, "It should be, they say sun all week. And from which track you are going now?"),
            (U, "Seven. I just told you."),
            (C, "Ah, sorry. Then you have time, it is just over there. Twelve fifty."),
        ],
    ),
    (
        "q08",
        "Vienna Christmas market stall",
        ["repeated_question"],
        "cashier asks the mug size for the Glühwein, chats, then asks which size again",
        [
            (C, "Servus, Glühwein?"),
            (U, "Yes, one please."),
            (C, "The small mug or the big one? The big one is with the nice star design."),
            (U, "The small one is enough, thanks."),
            (C, "Where are you from, if I may ask?"),
            (U, "From Leeds. First time in Vienna."),
            (
                C,
                "Ah, schön! You must go to Schönbrunn, the market there is even more beautiful than this one.",
            ),
            (U, "We're going tomorrow, actually."),
            (C, "Very good. So, you want it in the big mug or in the small one?"),
            (U, "The small. As I said."),
            (C, "Ja, ja, of course. Four fifty, plus the deposit."),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Vienna Christmas market stall",
        ["rushed_upsell"],
        "deposit mug, raffle ticket and a second collector's mug pushed in a fast burst while the customer barely answers",
        [
            (U, "One punch, please."),
            (
                C,
                "With the deposit mug you keep it, a souvenir, only five euro more, you want it?",
                RR,
            ),
            (U, "Uh, no.", R),
            (
                C,
                "We have also the charity raffle, three euro a ticket, the first prize is a trip to Salzburg, I give you one?",
                R,
            ),
            (U, "No, just...", R),
            (
                C,
                "And the collector's mug from last year is half price now, two for the price of one, take one for your wife?",
                R,
            ),
            (U, "Just the punch, please."),
            (C, "Okay. Seven euro."),
        ],
    ),
    (
        "q10",
        "Basel railway station kiosk",
        ["rushed_upsell"],
        "loyalty card, newsletter and app pushed one after another while the customer barely speaks",
        [
            (C, "Grüezi."),
            (U, "A Toblerone and this magazine."),
            (
                C,
                "You have our Bonus card? You get points on every purchase, I can open one for you now.",
                RR,
            ),
            (U, "No.", R),
            (
                C,
                "Then the newsletter, you write me your email here and every week you get the vouchers.",
                R,
            ),
            (U, "Hm.", R),
            (C, "Or the app, you scan this code and the first coffee is free.", R),
            (
                C,
                "And today the sandwich and drink is a menu for nine ninety, you want one for the train?",
                R,
            ),
            (U, "No, I'm fine."),
            (C, "Good. Fourteen twenty."),
        ],
    ),
    (
        "q11",
        "St. Anton ski hire shop",
        ["rushed_upsell"],
        "travel insurance add-on, helmet rental and a photo pass fired off quickly at the counter",
        [
            (C, "So, the snowboard for three days, that is one hundred and five."),
            (U, "Okay."),
            (
                C,
                "You want also the insurance for theft and breakage, it is only four euro per day?",
                RR,
            ),
            (U, "Er...", R),
            (C, "And a helmet, you need a helmet, twenty euro for three days.", R),
            (U, "I have one.", R),
            (
                C,
                "And the photo pass for the lifts, they take pictures at the top and you download them, fifteen euro.",
                R,
            ),
            (C, "Also the goggles are reduced this week.", R),
            (U, "Just the board, thanks."),
            (C, "Okay. One hundred and five then."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Munich bakery",
        [],
        "warm chat about the customer's own move to Munich and new job; nothing about third parties, one order question",
        [
            (C, "Guten Tag! Oh, you are back, the English lady with the bike."),
            (U, "Ha, yes. I'm here every morning now, I live just round the corner."),
            (C, "So you stay in Munich now for good?"),
            (U, "For two years at least. I started at the university last week."),
            (C, "Schön! And how is it, the new job?"),
            (U, "Busy, but the people are lovely. My German is still terrible, though."),
            (
                C,
                "Na ja, it comes. Your German is better than my English when I started here. What can I give you today?",
            ),
            (U, "A Franzbrötchen and a coffee to go."),
            (C, "Gerne. Three ninety, please."),
            (U, "There you are."),
            (C, "Danke, and good luck in the lectures!"),
        ],
    ),
    (
        "q13",
        "Zurich Apotheke",
        [],
        "a colleague is named for a work reason (she checks the interaction) and the manager is praised for ordering stock; no gossip",
        [
            (C, "Grüezi, how can I help you?"),
            (U, "I need something for hay fever, and I'm also taking blood pressure tablets."),
            (
                C,
                "Okay, then I want to be sure it is okay together. My colleague Frau Meier is our pharmacist, she checks this for you, one moment.",
            ),
            (C, "Sabine, kannst du kurz schauen? Antihistamine with amlodipine."),
            (U, "Thank you, that's kind."),
            (C, "She says this one is no problem, the cetirizine. One tablet in the evening."),
            (U, "Great. Do you have the eye drops as well?"),
            (
                C,
                "Ja, we have them again. Our boss ordered a big amount before the pollen season, she is very good at thinking ahead, last year we ran out in April.",
            ),
            (U, "Lucky me. I'll take both."),
            (C, "So, that is twenty-four eighty together."),
        ],
    ),
    (
        "q14",
        "Munich beer hall bar counter",
        [],
        "the customer gossips about a drunk man at the next table while the cashier deflects and keeps to the order",
        [
            (C, "Servus, what may it be?"),
            (
                U,
                "A Radler and a pretzel. Did you see that guy at the long table? He's been singing on the bench for an hour, completely hammered.",
            ),
            (C, "It is a beer hall, people sing. Big pretzel or the normal one?"),
            (
                U,
                "The big one. Someone said his wife left him and he's drinking it off. Poor bloke.",
            ),
            (
                C,
                "I don't know the guests' stories, and it is better like this. The Radler with lemonade sweet or sour?",
            ),
            (U, "Sweet, please. Still, you must see some characters here."),
            (
                C,
                "Every day, but what happens at the tables stays at the tables. Nine twenty, please.",
            ),
            (U, "Fair enough. Here."),
            (C, "Danke, enjoy it."),
        ],
    ),
    (
        "q15",
        "Vienna Christmas market stall",
        [],
        "cashier reads a group order back once to confirm it; no question already answered is asked again",
        [
            (C, "Servus, what would you like?"),
            (U, "Three Glühwein, one Kinderpunsch and two portions of Maroni."),
            (C, "The Glühwein red or the white one?"),
            (U, "Red, all three."),
            (
                C,
                "Gut. So, I repeat once: three red Glühwein, one Kinderpunsch for the little one, two Maroni. Genau?",
            ),
            (U, "Exactly, yes."),
            (
                C,
                "That is twenty-six fifty, and the mugs are four euro deposit each, you get it back when you bring them.",
            ),
            (U, "No problem. Card okay?"),
            (C, "Ja, sure, hold it here."),
            (C, "Thank you, and careful, the punch is hot."),
        ],
    ),
    (
        "q16",
        "Basel railway station kiosk",
        [],
        "the cashier re-asks once because the customer was drowned out by an announcement, and then asks different questions of the same shape",
        [
            (C, "Grüezi, what can I get you?"),
            (U, "A day ticket for the tram, please.", {"pause": 1.0}),
            (C, "Sorry? The announcement was so loud, I did not hear you.", {"pause": 2.0}),
            (U, "A day ticket for the tram. For Basel city."),
            (C, "Ah, okay. For how many people?"),
            (U, "Two adults."),
            (C, "And for how many zones, only the city, or also to the airport?"),
            (U, "Only the city."),
            (C, "Good. And the children, how old are they? Under six it is free."),
            (U, "Four and seven."),
            (C, "So, then one child ticket for the older one. Twenty-two sixty altogether."),
        ],
    ),
    (
        "q17",
        "Zurich Apotheke",
        [],
        "one tailored recommendation for the customer's hiking blisters, with the usual bag and receipt questions spread over a calm visit",
        [
            (C, "Grüezi, what can I do for you?"),
            (U, "I've got terrible blisters from hiking. Do you have plasters for that?"),
            (C, "Oh, ja. Where are you hiking?"),
            (U, "We did the Uetliberg yesterday and we're doing the Rigi on Thursday."),
            (
                C,
                "Then I would recommend these gel plasters, the Compeed, they stay on for several days, even in the boot. The normal ones slide off when you walk so much.",
                {"pause": 1.5},
            ),
            (U, "Perfect, I'll take those."),
            (C, "One box is enough, I think, there are ten in it."),
            (U, "Yes, one is fine."),
            (C, "Eighteen ninety. Do you need a small bag?", {"pause": 1.5}),
            (U, "No, it fits in my pocket."),
            (C, "And the receipt, for your insurance maybe?", {"pause": 2.0}),
            (U, "Yes please, why not."),
            (C, "Here. Gute Besserung, and enjoy the Rigi."),
        ],
    ),
    (
        "q18",
        "St. Anton ski hire shop",
        [],
        "two offers far apart in a relaxed visit: the helmet while fitting boots, the insurance only at payment, after much chat",
        [
            (C, "Servus! Skis for the family?"),
            (U, "Yes, for me and my son. He's twelve, it's his first time."),
            (C, "Wunderbar. So the boy first, what shoe size has he?"),
            (U, "Thirty-eight, I think."),
            (
                C,
                "Try these. And for him I would really take a helmet, for beginners it is important, it is ten euro for the week.",
            ),
            (U, "Yes, good idea."),
            (C, "Stand up, walk a little. Do the toes touch in front?", {"pause": 3.0}),
            (U, "He says they're fine."),
            (C, "Good. And you, you skied before?", {"pause": 2.0}),
            (U, "Years ago, in Scotland. The snow was never like this."),
            (
                C,
                "Ha, no, here is a bit different. For the boy the ski school starts at nine at the Galzig, you cannot miss it, the blue flags.",
                {"pause": 1.5},
            ),
            (U, "Thanks, that's helpful."),
            (
                C,
                "So, at the end, you want the breakage insurance also? It is three euro a day, but you don't have to.",
                {"pause": 25.0},
            ),
            (U, "No, we'll be careful. Card, please."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout135", HELDOUT135, 1351)
