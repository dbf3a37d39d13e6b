#pragma once

class QThread;

namespace Marquee {

// Threads whose owner went while they were still in a network call. The owner (a worker, the listener) must not
// block the GUI waiting for libpq, so it hands the thread over here after asking it to quit: the thread ends by
// itself once its call returns and is then deleted on the thread that made it. At exit, the application gives
// them a moment to end (waitAll), so no thread is still talking to the server while the process tears down.
class DetachedThreads final
{
public:
    // Takes over `thread`, which has been asked to quit.
    static void adopt(QThread *thread);
    // Waits up to `ms` for every adopted thread; true when all ended.
    static bool waitAll(int ms);
};

} // namespace Marquee
