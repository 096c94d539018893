package io.isnad.config;

import java.util.List;

/**
 * One stage's check of its own keys, kept beside its {@code @ConfigMapping}: {@link StartupConfigCheck}
 * asks every stage for its problems before anything reads them and refuses the start once, with all of them.
 */
public interface StageConfigCheck {

    /** Every key of the stage out of its range, one sentence each naming the key and the value it got. */
    List<String> problems();
}
