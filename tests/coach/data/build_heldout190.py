# ruff: noqa: E501
"""Build the coach's held-out set 190: written by writer-190 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (written with normal case and punctuation, Pasifika and New
Zealand English: "chur", "uce", "sole", "aunty", "eh", "faka-", "sweet as"):
counter staff in South Auckland and Wellington Pacific communities: a Mangere
takeaway, an Otahuhu Pacific grocery, a Porirua pharmacy, an Otara bakery, a
Newtown bakery, a Manukau hardware store, a Cannons Creek hardware store and a
Papatoetoe phone shop. Cashiers sometimes speak twice in a row.

Mix: 4 gossip (a previous customer's church-money scandal, the pastor's son's
affair, the boss's cash-in-hand workers, the cashier's own cousin's wedding
fight), 4 repeated_question (chop suey count first given in the opening order,
which taro, cash or eftpos, whether the order is for a funeral), 3
rushed_upsell (combo/stamp card/raffle; top-up/cover/rewards card; church
donation/raffle/special/member card), 7 hard "not" cases (warm chat about the
customer's own plans; a colleague and the manager named for work and praised;
the customer gossips while the cashier deflects; an order read back to
confirm; a "sorry?" re-ask plus different questions of the same shape; one
tailored recommendation with box and receipt questions spread out; two offers
far apart in a relaxed visit).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT190 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Otahuhu Pacific grocery",
        ["gossip"],
        "cashier tells the next customer the woman before her took the church building fund",
        [
            (C, "Talofa, aunty. Just these today?"),
            (U, "Yes, and a bag of the frozen mutton flaps, please."),
            (C, "No worries, I'll grab one from the back freezer."),
            (
                C,
                "Eh, did you see the lady who was in just before you? The one with the big sunhat?",
            ),
            (U, "Not really, I was looking at the taro."),
            (
                C,
                "That's Mele from the Methodist church. She was the treasurer, and they reckon about twelve grand from the building fund just vanished.",
            ),
            (
                C,
                "Her husband turned up in a new Ranger the same month, so you can work it out. The minister won't even look at her now.",
            ),
            (U, "Oh. Okay."),
            (C, "Anyway, that's forty-two eighty altogether."),
            (U, "Eftpos, thanks."),
            (C, "Chur, aunty. Have a good one."),
        ],
    ),
    (
        "q02",
        "Otara bakery",
        ["gossip"],
        "cashier spreads the story of the pastor's son's affair to a customer who barely responds",
        [
            (U, "Morning. Can I get a dozen keke pua'a and two loaves of the coconut bread?"),
            (C, "Morning, uce. Yep, the keke pua'a just came out of the oven."),
            (C, "Hey, you go to the AOG on Great South Road, eh?"),
            (U, "Sometimes, with my mum."),
            (
                C,
                "So you heard about the pastor's son then? Got caught with the youth leader's wife in the church van after choir practice.",
            ),
            (U, "Nah, I hadn't heard."),
            (
                C,
                "True story. His wife found the messages on his phone and chucked all his clothes out on the front lawn. Whole street saw it.",
            ),
            (
                C,
                "And he's still up there leading worship on Sunday like nothing happened. The cheek of it.",
            ),
            (U, "Right. How much do I owe you?"),
            (C, "Twenty-six fifty, bro."),
            (U, "Cheers."),
        ],
    ),
    (
        "q03",
        "Mangere takeaway",
        ["gossip"],
        "cashier overshares that the boss pays his nephews cash under the table and hides them from inspectors",
        [
            (C, "Kia ora, what can I get for you?"),
            (U, "Fish and chips for two, and a battered sausage for my boy."),
            (C, "Sweet as. It'll be about ten minutes, we're short in the kitchen tonight."),
            (U, "All good, I'll wait."),
            (
                C,
                "Honestly, don't say nothing, but the boss has got three of his nephews from the islands working out back for cash.",
            ),
            (
                C,
                "No contracts, no tax, nothing. Pays them like six bucks an hour and tells them to hide in the chiller if the labour inspector shows up.",
            ),
            (U, "Oh, wow."),
            (C, "Yeah, and meanwhile he's cruising round in a brand new Prado. Makes me sick."),
            (U, "Can I pay now?"),
            (C, "Yep, that's twenty-three forty."),
        ],
    ),
    (
        "q04",
        "Papatoetoe phone shop",
        ["gossip"],
        "cashier unloads her own family drama: her cousin's brawl at a wedding and the fallout between the aunties",
        [
            (U, "Hi, I need a charger for this, the cord's all frayed."),
            (C, "Oh yeah, that's a USB-C one. These are twenty-nine ninety-nine."),
            (U, "Sweet, I'll take one."),
            (C, "Sorry if I'm a bit slow today, I'm wrecked. My cousin's wedding was on Saturday."),
            (U, "Oh, nice."),
            (
                C,
                "Nice until my other cousin Tavita got on the piss and punched the groom's uncle right in the middle of the taualuga.",
            ),
            (
                C,
                "Cops came and everything. Now my aunty's not talking to my mum, and the bride's side want our family to pay for the hall.",
            ),
            (C, "Honestly, my family's a mess. I was crying the whole of Sunday."),
            (U, "Sorry to hear. Can I pay on card?"),
            (C, "Yep, just tap there."),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "Mangere takeaway",
        ["repeated_question"],
        "customer orders three packs of chop suey in the opening line; after small talk the cashier asks how many packs",
        [
            (
                U,
                "Hey, can I get three packs of chop suey, two scoops of chips and a mussel fritter?",
            ),
            (C, "Yep, no worries. Chop suey's fresh, aunty just made a big pot out back."),
            (U, "Choice. It's for my nana's birthday lunch tomorrow."),
            (C, "Aw, how old is she turning?"),
            (U, "Eighty-five. Still bossing all of us around."),
            (C, "Ha, good on her. That's the best kind of nana."),
            (C, "Okay, and how many packs of the chop suey were you after, sole?"),
            (U, "Three, bro. Like I said."),
            (C, "Three, choice. That's thirty-eight fifty all up."),
            (U, "Eftpos."),
        ],
    ),
    (
        "q06",
        "Otahuhu Pacific grocery",
        ["repeated_question"],
        "cashier asks which taro, gets 'the Samoan one', chats about a graduation, then asks Fiji or Samoan again",
        [
            (C, "Malo, bro. What can I get you?"),
            (U, "Taro, about five kilos, and a tin of the Palm corned beef."),
            (C, "We've got Fiji taro and Samoan taro in today. Which one you after?"),
            (U, "The Samoan one. The Fiji ones are too small for my mum."),
            (C, "Sweet. You cooking for a big lot?"),
            (U, "Yeah, family's coming up from Wellington for my sister's graduation."),
            (C, "Aw, congrats to her! What's she studying?"),
            (U, "Nursing. First one in our family to finish uni."),
            (C, "That's huge, your mum must be so proud."),
            (C, "Okay, so for the taro, was it the Fiji lot you wanted or the Samoan?"),
            (U, "Samoan. The big ones."),
            (C, "Sorted. Five kilos coming up."),
        ],
    ),
    (
        "q07",
        "Porirua pharmacy",
        ["repeated_question"],
        "cashier asks cash or eftpos, customer says eftpos, and after chat about the son's asthma she asks how they'll pay",
        [
            (C, "Hi there, have you got a script for us today?"),
            (U, "Yeah, for my son's inhaler, and some Pamol too."),
            (C, "No problem. Are you paying cash or eftpos today?"),
            (U, "Eftpos, thanks."),
            (C, "Lovely. How's your boy getting on with his asthma? Winter's rough, eh."),
            (U, "Bit better. He's been off school a couple of days but he's back on Monday."),
            (
                C,
                "Good, good. Make sure he uses the spacer with that inhaler, it gets more of it down into his lungs.",
            ),
            (U, "Yep, the doctor showed us."),
            (
                C,
                "Alright, that's fifteen dollars all together. How would you like to pay for that?",
            ),
            (U, "Eftpos. I said already."),
            (C, "Oh, of course. Pop your card in there."),
        ],
    ),
    (
        "q08",
        "Otara bakery",
        ["repeated_question"],
        "cashier asks if the big order is for a funeral, is told yes, then later asks what the occasion is",
        [
            (
                U,
                "Hi, I need to order sixty mince pies and two of the big sponge cakes for Saturday.",
            ),
            (C, "Okay, that's a big one. Is this for a funeral?"),
            (U, "Yeah, for my uncle. The service is Saturday morning at the church on Otara Road."),
            (C, "Oh, I'm so sorry, sole. My condolences to your family."),
            (U, "Thanks. He was sick a long time."),
            (C, "Do you want the cakes plain, or with cream and fruit on top?"),
            (U, "Plain is fine. Easier to carry."),
            (C, "Sweet. Pick-up at eight on Saturday okay?"),
            (U, "Yep, eight's good."),
            (C, "And what's the occasion, is it a birthday or a funeral or what?"),
            (U, "A funeral. My uncle, like I just told you."),
            (C, "Oh, yes, sorry. I'll write that on the order."),
        ],
    ),
    # -------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Mangere takeaway",
        ["rushed_upsell"],
        "combo upgrade, stamp card sign-up and raffle tickets fired back to back at a customer giving one-word answers",
        [
            (U, "Just a cheeseburger, thanks."),
            (C, "Want to make that a combo with chips and a drink for four bucks more?", RR),
            (U, "Nah.", R),
            (C, "You got our stamp card? Every tenth burger's free.", R),
            (U, "No.", R),
            (C, "I can sign you up now, just need your phone number.", R),
            (U, "Nah, all good.", R),
            (
                C,
                "And we're selling raffle tickets for the league club, two bucks each, first prize is a meat pack.",
                R,
            ),
            (U, "Just the burger, thanks.", R),
            (C, "Okay, that's nine fifty."),
        ],
    ),
    (
        "q10",
        "Papatoetoe phone shop",
        ["rushed_upsell"],
        "a top-up, a cover and screen protector deal and a rewards card with email capture pushed in one burst",
        [
            (U, "Hi, I need a new SIM for my mum's phone."),
            (
                C,
                "No worries, five dollars for the SIM. Want me to put a top-up on while we're here? Thirty bucks gets her a month of data.",
                RR,
            ),
            (U, "Um, not sure.", R),
            (
                C,
                "We've also got a cover and screen protector combo for her model on special, twenty-five.",
                R,
            ),
            (U, "She's fine.", R),
            (C, "And have you got our rewards card? Points on everything.", R),
            (U, "No.", R),
            (C, "Just need your email and I'll set one up right now.", R),
            (U, "Just the SIM, please.", R),
            (C, "Sure thing. Five dollars then."),
        ],
    ),
    (
        "q11",
        "Otahuhu Pacific grocery",
        ["rushed_upsell"],
        "church youth-camp donation, raffle strip, corned beef special and member card pushed one after another at an elderly customer",
        [
            (C, "Hi aunty, that all for you?"),
            (U, "Yes, just the rice and the cabin bread."),
            (
                C,
                "Would you like to add a gold coin for the church youth camp? We're collecting at the counter.",
                RR,
            ),
            (U, "Oh...", R),
            (
                C,
                "Or raffle tickets, five dollars a strip, you could win a hamper with mutton and taro.",
                R,
            ),
            (U, "No, thank you.", R),
            (
                C,
                "The Palm corned beef is two for twenty this week, want me to grab you a couple?",
                R,
            ),
            (U, "No.", R),
            (C, "And have you got our member card? Sign-up's free.", R),
            (U, "Just the rice, dear.", R),
            (C, "Okay, twenty-four ninety."),
        ],
    ),
    # ------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Manukau hardware store",
        [],
        "warm, curious chat about the customer's own plans (his daughter's twenty-first); each question different, no offers",
        [
            (U, "Morning. Just these bolts and the two bags of concrete."),
            (C, "Morning, bro. Big job on?"),
            (
                U,
                "Putting up a shelter out the back for my daughter's twenty-first. We're doing an umu, faka-Tonga style, for about a hundred people.",
            ),
            (C, "Far out, a hundred! That's a proper party."),
            (C, "When's the big day?"),
            (U, "Three weeks. Hopefully the rain holds off."),
            (C, "You'll be right. Those posts going in this weekend, then?"),
            (U, "Yeah, Saturday, if the boys turn up."),
            (
                C,
                "Ha, bribe them with the food. That's sixty-four twenty for the concrete and bolts.",
            ),
            (U, "Card, thanks."),
            (C, "Chur. Good luck with it, and happy birthday to your girl."),
        ],
    ),
    (
        "q13",
        "Papatoetoe phone shop",
        [],
        "the repair tech and the manager are named only for work (who does the fix, who signs quotes) and praised; number taken to text when ready",
        [
            (U, "Hi, my screen's gone all black after I dropped it. Can you fix it here?"),
            (
                C,
                "Ah, let's have a look. Yeah, it's still buzzing, so it's probably just the screen.",
            ),
            (
                C,
                "Our tech, Pita, does the repairs out back. He's honestly the best, he did about thirty of these last month.",
            ),
            (U, "How long does it take?"),
            (
                C,
                "Usually about an hour. He's on his break till one, but I'll put yours first on his list.",
            ),
            (U, "Sweet. How much?"),
            (
                C,
                "A hundred and twenty for the screen. If you need a quote for insurance, our manager Leilani can sign one off, she's here all afternoon.",
            ),
            (U, "Nah, just the repair."),
            (
                C,
                "Sweet as. I'll just need your name and number so Pita can text you when it's ready.",
            ),
            (U, "Ioane, oh two one, five five five, three four eight."),
            (C, "Chur, Ioane. Should be done around two."),
        ],
    ),
    (
        "q14",
        "Porirua pharmacy",
        [],
        "the customer gossips about a churchgoer; the cashier declines to engage and steers back to the prescription",
        [
            (C, "Hi, what can I help you with?"),
            (U, "Just picking up my blood pressure pills. Name's Fetu."),
            (C, "Lovely, let me find those for you."),
            (
                U,
                "Eh, was that Lose from our church who just walked out? I heard she's been taking money from the bingo nights.",
            ),
            (C, "Oh, I wouldn't know anything about that."),
            (U, "Everyone's saying it. And her daughter's hapu again, no husband."),
            (C, "Mm. Here we are, Fetu. Still taking these with breakfast?"),
            (U, "Yes, in the mornings."),
            (C, "Good. That's five dollars for the prescription."),
            (C, "Do you want a bag for that, or are you right?"),
            (U, "No bag, it fits in my handbag."),
            (C, "Okay. Take care, aunty, see you next month."),
        ],
    ),
    (
        "q15",
        "Mangere takeaway",
        [],
        "the cashier reads a long order back once to confirm it and asks about salt; nothing answered is re-asked",
        [
            (C, "Kia ora, what are we having?"),
            (
                U,
                "Two fish, one hoki and one snapper, a large chips, four hash browns, two pineapple fritters and a chop suey.",
            ),
            (C, "Okay, let me read that back so I get it right."),
            (
                C,
                "Two fish, one hoki, one snapper, a large scoop of chips, four hash browns, two pineapple fritters and one chop suey. That right?",
            ),
            (U, "Yep. Oh, and can you add a sausage?"),
            (C, "One battered sausage, sweet. Anything else?"),
            (U, "Nah, that's it."),
            (C, "Salt on the chips?"),
            (U, "Yes please, heaps."),
            (C, "Sweet as. That's forty-one sixty, about fifteen minutes."),
        ],
    ),
    (
        "q16",
        "Otahuhu Pacific grocery",
        [],
        "a question repeated only because the customer says 'sorry?' over the freezer noise, then different wrapping questions of the same shape",
        [
            (C, "Hey aunty, find everything okay?"),
            (U, "Yes, thank you."),
            (C, "Do you want the taro wrapped in newspaper?"),
            (U, "Sorry? That freezer's so loud."),
            (C, "Do you want me to wrap the taro in newspaper?"),
            (U, "Oh, yes please, it drips everywhere."),
            (C, "And the fish, do you want that in its own bag?"),
            (U, "Yes, separate."),
            (C, "What about the green bananas, in with the taro or on their own?"),
            (U, "In with the taro is fine."),
            (C, "Okay. That's thirty-one seventy, aunty."),
        ],
    ),
    (
        "q17",
        "Newtown bakery",
        [],
        "one tailored suggestion (dairy-free buns for a workmate) and the routine box and receipt questions spread through a relaxed chat",
        [
            (C, "Morning! What can I get you?"),
            (
                U,
                "Morning. Half a dozen custard squares, please. It's my turn to bring morning tea for work.",
            ),
            (C, "Oh, they'll love you. Where do you work?"),
            (U, "At the rest home up the road. Mostly night shifts."),
            (C, "Ooh, hard mahi. You must be shattered."),
            (U, "Yeah, I'm heading home to sleep after this."),
            (
                C,
                "If any of your lot can't do dairy, the coconut buns are dairy-free. People ask for them all the time.",
            ),
            (U, "Oh, actually, one of the girls is lactose intolerant. I'll get two."),
            (C, "Sweet. Do you want them all in the one box?", {"pause": 4}),
            (U, "Yeah, one box is good."),
            (C, "That's twenty-one sixty."),
            (U, "Card."),
            (C, "Want the receipt? Some people claim it back from work."),
            (U, "Oh yes, good idea."),
        ],
    ),
    (
        "q18",
        "Cannons Creek hardware store",
        [],
        "a roller kit offered early and a trade card offered at payment, separated by key cutting and a long chat",
        [
            (U, "Hi, I need a key cut for my front door and a tin of white paint."),
            (C, "Yep, no problem. Which paint, the gloss or the low sheen?"),
            (U, "Low sheen. It's for the kids' bedroom."),
            (C, "We've got a roller kit on special at nineteen ninety if you need one."),
            (U, "Nah, I've got rollers at home."),
            (C, "All good. I'll cut that key now, give me a minute."),
            (
                C,
                "There you go. Try it when you get home, and bring it back if it sticks.",
                {"pause": 45},
            ),
            (
                U,
                "Chur. The kids have been drawing all over the walls with felt pens, that's why the paint.",
            ),
            (
                C,
                "Ha, classic. Give the wall a good wash first or the paint won't sit nice over the felt.",
            ),
            (U, "Good to know, thanks."),
            (
                C,
                "That's fifty-two eighty. Oh, and if you're doing more jobs round the house, our trade card gets you ten percent off, free to sign up.",
                {"pause": 3},
            ),
            (U, "Maybe next time."),
            (C, "No worries. Enjoy the painting."),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout190", HELDOUT190, 1901)
