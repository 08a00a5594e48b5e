# ruff: noqa: E501
"""Build the coach's held-out set 175: written by writer-175 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Scottish English:
"aye", "wee", "hen", "pal", "ken", "braw", "dreich"): tills in Glasgow and
Edinburgh: a Glasgow newsagent, a Leith fishmonger, a Paisley chemist, an
Edinburgh tourist shop on the Royal Mile, a Partick bakery and a DIY store.
Cashiers sometimes speak twice in a row.

Mix: 4 gossip (a previous customer's gambling debts, the pharmacist's fling with
a rep, the manager fiddling the rota for his pal, the cashier's own husband's
night in a cell), 4 repeated_question (sliced or not, which size of haddock,
local or visiting, how many rolls, the last answered with a sigh and the same
word), 3 rushed_upsell (meal deal, scratchcard, charity wristband, loyalty card,
newsletter and add-ons fired back to back), and 7 hard "not" cases: warm chat
about the customer's own life with a colleague named for his knife work; the
customer gossips while the cashier deflects (with different questions of the
same shape); a colleague and the manager praised for work reasons; an order
read back plus a "sorry?" re-ask; a customer repeating her own question plus
different same-shaped questions; one tailored recommendation with bag and
receipt questions spread out; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT175 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Glasgow newsagent",
        ["gossip"],
        "cashier tells a stranger about the previous customer's gambling debts and the bookie's men at his door",
        [
            (C, "Morning, pal. Just the Record?"),
            (U, "Aye, and twenty Benson."),
            (
                C,
                "There you go. Did you clock the boy that was in before you? Big jacket, baseball cap?",
            ),
            (U, "Sort of."),
            (
                C,
                "That's Tam fae the flats. Owes half of Maryhill money. He's in here every day feeding the puggy and doing the horses.",
            ),
            (
                C,
                "His brother came in last week asking us to stop selling him scratchcards. Apparently he's eight grand down to a bookie in Possil and they've been round his door.",
            ),
            (U, "Christ. Right."),
            (
                C,
                "I'm no kidding ye. His wife doesnae know the half of it. That's twelve eighty-five, pal.",
            ),
            (U, "Card's fine."),
            (C, "Cheers. Mind how you go."),
        ],
    ),
    (
        "q02",
        "Paisley chemist",
        ["gossip"],
        "counter assistant tells a customer the pharmacist is having an affair with a drug rep",
        [
            (U, "Hiya, I've a prescription to collect. The name's Docherty."),
            (C, "Lovely, hen, two secs."),
            (
                C,
                "Right, that's your blood pressure tablets. Has the pharmacist been over them with you?",
            ),
            (U, "Aye, last month."),
            (C, "Good, because she's no exactly concentrating the day."),
            (
                C,
                "Between you and me, she's been carrying on with the rep fae one of the drug companies. He comes in every second Tuesday and the pair of them disappear into the consulting room for forty minutes. And her married wi' two weans.",
            ),
            (U, "Oh. I didnae need to know that."),
            (
                C,
                "The whole shop knows. Her man's going to find out one of these days. Anything else for you?",
            ),
            (U, "No, that's me."),
            (C, "Right you are, hen. Cheerio."),
        ],
    ),
    (
        "q03",
        "DIY store",
        ["gossip"],
        "cashier complains to a customer that the manager fiddles the rota and hours for his golf pal",
        [
            (C, "Hiya. Is that you?"),
            (U, "Aye, just the sandpaper and the filler."),
            (C, "Nae bother. Sorry about the queue, there's only me on."),
            (U, "That's alright."),
            (
                C,
                "It's that manager of ours. He's fiddled the rota again so his golf pal gets every Saturday off, and the rest of us are left short.",
            ),
            (
                C,
                "Gary's no worked a weekend since March. They were at school thegither, ken. And he signs his hours off like he's been in. If head office ever looked they'd both be out on their ear.",
            ),
            (U, "Hm. How much is that?"),
            (C, "Sorry, aye. Eleven forty."),
            (U, "There."),
            (C, "Ta. Enjoy your sanding."),
        ],
    ),
    (
        "q04",
        "Partick bakery",
        ["gossip"],
        "cashier overshares her husband's drunken night out that ended in a police cell",
        [
            (U, "Two steak bridies and a wee apple turnover, please."),
            (C, "Coming up."),
            (C, "You'll need to excuse me, I'm running on nae sleep."),
            (U, "Oh aye? Long night?"),
            (
                C,
                "My Stevie. Out for his pal's fortieth in the town, and I get a phone call at three in the morning fae the polis. He'd been lifted for squaring up to a bouncer and spent the night in a cell.",
            ),
            (
                C,
                "I had to go and get him this morning in my slippers. Greetin' like a wean, he was. His mother doesnae know yet and she's no hearing it fae me.",
            ),
            (U, "Oh dear. Erm, is that the bridies there?"),
            (C, "Aye, sorry, hen. That's five pound twenty."),
            (U, "There's six."),
            (C, "Eighty pence change. Ta-ta."),
        ],
    ),
    # ------------------------------------------------------ repeated_question
    (
        "q05",
        "Partick bakery",
        ["repeated_question"],
        "cashier asks whether the loaf should be sliced, gets 'sliced, thick', chats about the weather, then asks it again as slicer or whole",
        [
            (U, "Can I get a plain loaf, please?"),
            (C, "Aye. Want that sliced?"),
            (U, "Sliced, aye. Thick if you can."),
            (C, "No bother. Dreich out there the day, eh?"),
            (U, "Pure miserable. I got soaked between here and the subway."),
            (C, "They're saying it's no letting up till the weekend."),
            (U, "Typical. Oh, and a couple of empire biscuits."),
            (C, "Two empires."),
            (
                C,
                "And the loaf, will I put it through the slicer for you or are you keeping it whole?",
            ),
            (U, "I said sliced. Thick."),
            (C, "Oh, so you did. Three ninety, then."),
        ],
    ),
    (
        "q06",
        "Leith fishmonger",
        ["repeated_question"],
        "customer chooses the big haddock fillets; after chat about the cruise ship the fishmonger asks which size again",
        [
            (C, "Morning! What can I get you?"),
            (U, "Haddock for the tea. There's two of us."),
            (
                C,
                "Are you wanting the big fillets or the smaller ones? The wee ones are a bit cheaper.",
            ),
            (U, "The big ones. Two of them."),
            (C, "Lovely. Smoked or fresh?"),
            (U, "Fresh."),
            (C, "Here, you'll have seen the cruise ship's back in."),
            (U, "Aye, the Shore was heaving wi' them yesterday."),
            (C, "Good for trade, I suppose."),
            (C, "So, two haddock fillets. Which size are we going for, the large or the standard?"),
            (U, "The large, like I said."),
            (C, "Right you are. Nine pound fifty."),
        ],
    ),
    (
        "q07",
        "Royal Mile tourist shop",
        ["repeated_question"],
        "assistant asks if the customer is local or visiting, hears 'visiting, from Manchester', and later asks whether she lives around here",
        [
            (C, "Hello there! Are you local, or just visiting Edinburgh?"),
            (U, "Visiting. We're up from Manchester for the Fringe."),
            (C, "Oh, lovely. Seen anything good yet?"),
            (U, "A comedian last night in a wee basement off the Cowgate. Brilliant."),
            (C, "Those tiny venues are the best. Just the tea towel and the magnet?"),
            (U, "And this shortbread tin."),
            (C, "Good choice."),
            (C, "And do you stay around here yourself, or are you over on holiday?"),
            (U, "Er, holiday. Manchester."),
            (C, "Sorry, of course. Fourteen pounds ninety-eight."),
            (U, "Here you go."),
        ],
    ),
    (
        "q08",
        "Glasgow newsagent",
        ["repeated_question"],
        "customer orders six rolls; after football chat the cashier asks how many again and gets a sigh and 'six'",
        [
            (U, "Morning. Rolls, please. Six."),
            (C, "Six, aye. Plain or well-fired?"),
            (U, "Well-fired."),
            (C, "Good man."),
            (C, "Some game on Saturday, eh? Were you at it?"),
            (U, "Aye. Don't talk to me about it."),
            (C, "Ha, I'll no, then."),
            (C, "How many of they rolls was it you wanted, pal?"),
            (U, "Hhhh. Six."),
            (C, "Six well-fired. Anything else?"),
            (U, "Just the paper."),
            (C, "Four pound ten, then."),
        ],
    ),
    # ---------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Glasgow newsagent",
        ["rushed_upsell"],
        "meal deal, scratchcard, hospice wristband and a Lotto line fired back to back at a customer saying 'no'",
        [
            (U, "Just this sandwich and the Irn Bru."),
            (
                C,
                "You can make that a meal deal if you grab a packet of crisps, it's only forty pence more.",
                RR,
            ),
            (C, "And are you wanting a scratchcard wi' that? The new gold one's just in.", R),
            (U, "Eh, no.", R),
            (C, "We've these wristbands for the hospice as well, two pound, want one?", R),
            (U, "Naw.", R),
            (C, "And the Lotto's a rollover the night if you fancy a line?", R),
            (U, "Just the sandwich, pal.", R),
            (C, "Right. Three sixty-five."),
        ],
    ),
    (
        "q10",
        "Royal Mile tourist shop",
        ["rushed_upsell"],
        "loyalty card, newsletter sign-up, keyring add-on and a half-price hat pushed in one burst",
        [
            (C, "Hiya, just the scarf?"),
            (U, "Yes please."),
            (
                C,
                "Have you got our loyalty card? It's ten percent off today if you join, just need a name and an email.",
                RR,
            ),
            (U, "Um.", R),
            (C, "And you can get the newsletter too, tick the box there and pop your email in.", R),
            (
                C,
                "And we've the wee Highland coo keyrings at the till, three for a fiver, want to add some?",
                R,
            ),
            (U, "I, no, I...", R),
            (C, "Oh, and the matching hat's half price with the scarf.", R),
            (U, "Just the scarf, thanks."),
            (C, "No problem. Twenty-four ninety-nine."),
        ],
    ),
    (
        "q11",
        "DIY store",
        ["rushed_upsell"],
        "store club card, email newsletter, cancer charity wristband and a battery multipack in quick succession",
        [
            (C, "Hiya, is that everything?"),
            (U, "Aye."),
            (
                C,
                "Have you got one of our club cards? Points on everything, I can set you up right now.",
                RR,
            ),
            (U, "No.", R),
            (C, "Would you want our email newsletter? There's a voucher off your next shop.", R),
            (C, "And we're selling the wristbands for the Beatson, just a pound.", R),
            (U, "Mm.", R),
            (C, "Need batteries for that drill? The multipack's on offer.", R),
            (U, "Just the drill, pal.", R),
            (C, "Okay. Sixty-nine ninety-nine."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Leith fishmonger",
        [],
        "warm chat about the customer's daughter bringing her boyfriend for tea, one suggestion for it, a colleague named for his filleting; the cashier's own news is a cheerful line",
        [
            (
                U,
                "Hello. I need something a bit special, my daughter's bringing her new fella home for his tea on Saturday.",
            ),
            (C, "Oh, big occasion! Do you know what he likes?"),
            (U, "She says he's no fussy, but he's from Aberdeen, so he'll know his fish."),
            (C, "Ha, no pressure, then."),
            (
                C,
                "The halibut's lovely the day, came off the boats this morning. Or there's monkfish if you really want to impress him.",
            ),
            (U, "Monkfish. How much for four?"),
            (
                C,
                "About twenty-six pound. I'll get Kenny to trim it, he's the best hand wi' a knife in here, it'll be ready for the pan.",
            ),
            (U, "That'd be braw. How's your wee one getting on, is she at the school yet?"),
            (C, "Primary One in August. Canny believe it."),
            (U, "They grow that fast."),
            (C, "Here's Kenny wi' your monkfish. Twenty-five eighty. Hope Saturday goes well."),
            (U, "Thanks, hen, so do I."),
        ],
    ),
    (
        "q13",
        "Paisley chemist",
        [],
        "the customer gossips about a neighbour's affair and the cashier deflects twice with different product questions",
        [
            (U, "Just the Lemsip and a box of plasters."),
            (C, "Nae bother. Feeling rough?"),
            (U, "Aye, the whole house has it."),
            (
                U,
                "Here, was that Senga Baird I saw going out? I heard she's been seeing a fella fae the bowling club while her man's still living in the house.",
            ),
            (
                C,
                "I wouldnae know, hen. Is it the max strength Lemsip you're wanting or the ordinary?",
            ),
            (U, "Max. Come on, you must hear everything in here."),
            (C, "Honestly, I just do the till. Fabric plasters or the waterproof ones?"),
            (U, "Waterproof. Ach, you're nae fun."),
            (C, "So they tell me. That's seven fifteen. Hope you're all feeling better soon."),
            (U, "Ta."),
        ],
    ),
    (
        "q14",
        "DIY store",
        [],
        "a colleague on the paint desk and the manager are named only for work and praised; no private lives",
        [
            (U, "Hiya. I'm after a tester pot of this green, but I cannae find it on the shelf."),
            (
                C,
                "Oh, that's one of the mixed colours. Aileen on the paint desk does those, she'll have you one in two minutes.",
            ),
            (U, "Brilliant."),
            (
                C,
                "She's a wizard wi' that machine. Matched a colour off a lassie's cushion last week.",
            ),
            (U, "Ha. I'll take these brushes while I'm waiting."),
            (C, "Good shout."),
            (
                C,
                "Our manager, Alan, pushed for the better brushes this year and they've been flying out. He was right, the cheap ones shed everywhere.",
            ),
            (U, "Oh, here's the pot now."),
            (C, "Grand. That's fourteen sixty altogether."),
            (U, "Cheers."),
            (C, "Good luck wi' the painting."),
        ],
    ),
    (
        "q15",
        "Partick bakery",
        [],
        "order read back once to confirm; the customer says 'sorry?' over the coffee machine and the heating question is put again",
        [
            (
                U,
                "Can I get four morning rolls, two tattie scones, a steak pie and a caramel shortcake?",
            ),
            (
                C,
                "That's four rolls, two tattie scones, one steak pie and a caramel shortcake. Is that the lot?",
            ),
            (U, "That's the lot."),
            (C, "Will I heat the pie for you?"),
            (U, "Sorry? That machine's some racket."),
            (C, "The pie, do you want it warmed up?"),
            (U, "Oh, aye, please."),
            (C, "Busy in here for a Tuesday."),
            (U, "It's the rain, everybody wants something hot."),
            (C, "Nine eighty-five, then, hen."),
            (U, "Card's fine."),
            (C, "On you go. Pie'll be a minute."),
        ],
    ),
    (
        "q16",
        "Royal Mile tourist shop",
        [],
        "the customer repeats her own question about the silver; the assistant asks different yes/no questions (present, gift box, bag)",
        [
            (U, "Hi, do you have this kilt pin in silver?"),
            (C, "Let me look. Aye, there's one here in the cabinet."),
            (U, "Is it real silver?"),
            (C, "It's sterling, hallmarked here in Edinburgh. See the wee castle mark?"),
            (U, "Oh, nice. But is it real silver, like, solid?"),
            (C, "Solid sterling, aye."),
            (C, "Is it a present?"),
            (U, "For my dad, he's seventy next week."),
            (C, "Do you want it in a gift box?"),
            (U, "Yes please."),
            (C, "And do you want a bag, or is it going in your pocket?"),
            (U, "Pocket's fine."),
            (C, "Thirty-five pounds, then. I hope he loves it."),
        ],
    ),
    (
        "q17",
        "Paisley chemist",
        [],
        "one tailored suggestion (eye drops for streaming eyes), then the bag and receipt questions apart in an unhurried chat",
        [
            (U, "Hiya, just these hay fever tablets."),
            (C, "Nae bother. It's been a bad year for it, eh?"),
            (U, "Terrible. My eyes are streaming, I look like I've been greetin' all morning."),
            (
                C,
                "Aw, poor you. If it's mostly your eyes, these drops work well alongside the tablets. Just a thought.",
            ),
            (U, "Oh, go on then, I'll try them."),
            (C, "They're six forty-nine, so eleven ninety-eight the both."),
            (U, "Here's my card."),
            (C, "That's gone through. Do you want a wee bag?", {"pause": 3}),
            (U, "No, they'll go in my handbag."),
            (C, "Are you off anywhere nice the day?"),
            (U, "Just a walk round the Abbey gardens, if the pollen lets me."),
            (C, "Take the drops with you, then. Will you want the receipt?", {"pause": 4}),
            (U, "No, you're fine."),
            (C, "Cheerio, hen."),
        ],
    ),
    (
        "q18",
        "Glasgow newsagent",
        [],
        "a regular's relaxed visit: a puzzle magazine mentioned early and a Lotto line much later, with chat and long gaps between",
        [
            (U, "Alright, Mo? Just my Herald."),
            (C, "Morning, Jim! How's the knee?"),
            (U, "Still creaking. The physio's got me doing stairs."),
            (C, "Good on you."),
            (
                C,
                "The new puzzle magazine's in, by the way, the one wi' the big crosswords you were after.",
            ),
            (U, "Oh, is it? I'll have a look.", {"pause": 2}),
            (U, "Aye, I'll take this one.", {"pause": 25}),
            (C, "Good choice. How's Margaret keeping?"),
            (U, "Grand, she's away to her sister's in Largs for the week."),
            (C, "Peace and quiet for you, then."),
            (U, "Ha, don't tell her I said so."),
            (C, "Will you want your Lotto line for Saturday while you're here?", {"pause": 10}),
            (U, "Aye, go on, same numbers."),
            (C, "Seven forty-five wi' the magazine. Mind that knee."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout175", HELDOUT175, 1751)
