---------------------- MODULE SpscRingBuffer_Reference ----------------------
EXTENDS SpscRingBuffer

\* The queue never holds more than N items.
BoundedCount == Count(head, tail) <= N

\* Once past its wait step, the producer knows a slot is free.
ProducerHasRoom ==
    ppc \in {"write", "publish"} => Count(head, tail) < N

\* Once past its wait step, the consumer knows an item is published.
ConsumerHasItem ==
    cpc \in {"read", "release"} => Count(head, tail) > 0

\* Every published, unconsumed position holds its own item.
PublishedSlotsFilled ==
    \A k \in 0..(N - 1) :
        k < Count(head, tail) => buf[(head + k) % N] = (head + k) % (2 * N)

\* The slot the producer is about to publish already holds its item.
WrittenSlotFilled ==
    ppc = "publish" => buf[tail % N] = tail

IndRef ==
    /\ TypeOK
    /\ NoStaleRead
    /\ BoundedCount
    /\ ProducerHasRoom
    /\ ConsumerHasItem
    /\ PublishedSlotsFilled
    /\ WrittenSlotFilled
=============================================================================
