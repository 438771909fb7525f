package dev.tablesmith.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * How batch operations retry unprocessed keys and items: up to {@code maxAttempts} rounds per
 * chunk, sleeping a random time (full jitter) below an exponentially growing cap between rounds.
 * The sleeper and the random source are injectable so tests neither wait nor guess.
 *
 * @param maxAttempts rounds per chunk, first one included (at least 1)
 * @param baseDelay the cap before the first retry
 * @param maxDelay the largest cap
 * @param sleeper how to wait
 * @param random the jitter source
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper,
        RandomGenerator random) {

    /** Waits; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param duration how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Checks the parts. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    /** @return 8 rounds, caps from 50 ms doubling to 5 s, real sleeping */
    public static RetryPolicy defaults() {
        return new RetryPolicy(8, Duration.ofMillis(50), Duration.ofSeconds(5),
                duration -> Thread.sleep(duration.toMillis()), new Random());
    }

    /** @param attempts rounds per chunk @return a copy */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, sleeper, random);
    }

    /** @param value the sleeper @param source the jitter source @return a copy */
    public RetryPolicy withSleeper(Sleeper value, RandomGenerator source) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, value, source);
    }

    /**
     * @param retry 1 for the first retry, 2 for the second, ...
     * @return the cap for that retry: baseDelay * 2^(retry-1), at most maxDelay
     */
    public Duration cap(int retry) {
        long base = baseDelay.toMillis();
        long cap = retry > 30 ? Long.MAX_VALUE : base << Math.max(0, retry - 1);
        return Duration.ofMillis(Math.min(cap < base ? Long.MAX_VALUE : cap, maxDelay.toMillis()));
    }

    /**
     * @param retry 1 for the first retry, ...
     * @return a random delay between 0 and {@link #cap(int)} inclusive
     */
    public Duration delay(int retry) {
        return Duration.ofMillis(random.nextLong(cap(retry).toMillis() + 1));
    }
}
