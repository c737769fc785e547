package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ModerationService;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.SensitiveContentException;
import io.switchboard.domain.model.moderation.ContentPolicy;
import io.switchboard.domain.model.moderation.ModerationRepository;
import io.switchboard.domain.model.moderation.SensitiveMode;
import io.switchboard.domain.model.moderation.SensitiveWord;
import io.switchboard.domain.model.moderation.SensitiveWords;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultModerationService implements ModerationService {

    @Inject
    ModerationRepository repository;
    @Inject
    Clock clock;
    @Inject
    LookupCache cache;
    @Inject
    TenantContext tenant;
    @Inject
    AuditTrail audit;

    @Override
    public List<WordView> words(int offset, int limit) {
        return repository.words(offset, limit).stream().map(DefaultModerationService::view).toList();
    }

    @Override
    public long countWords() {
        return repository.countWords();
    }

    @Override
    public WordView addWord(String word) {
        String normalised = SensitiveWords.normalise(word);
        if (repository.findWord(normalised).isPresent()) {
            throw new ConflictException("'" + normalised + "' is already a sensitive word")
                    .coded("sensitiveWord.duplicate", normalised);
        }
        SensitiveWord w = new SensitiveWord(normalised, clock.instant());
        repository.add(w);
        cache.moderationChanged(tenant.requireTenant());
        audit.record("sensitive-word.add", "sensitive-word", w.getId(), null, normalised);
        return view(w);
    }

    @Override
    public int importWords(List<String> words) {
        Set<String> known = new HashSet<>(repository.allWords());
        int added = 0;
        for (String word : words) {
            String normalised = SensitiveWords.normalise(word);
            if (!normalised.isEmpty() && known.add(normalised)) {
                repository.add(new SensitiveWord(normalised, clock.instant()));
                cache.moderationChanged(tenant.requireTenant());
                added++;
            }
        }
        if (added > 0) {
            audit.record("sensitive-word.import", "sensitive-word", null, null, added + " words added");
        }
        return added;
    }

    @Override
    public void removeWord(long id) {
        SensitiveWord word = repository.findWord(id)
                .orElseThrow(() -> new NotFoundException("sensitive word " + id + " not found")
                        .coded("sensitiveWord.notFound", id));
        audit.record("sensitive-word.remove", "sensitive-word", id, word.getWord(), null);
        repository.remove(word);
        cache.moderationChanged(tenant.requireTenant());
    }

    @Override
    public SensitiveMode mode() {
        return repository.policy().map(ContentPolicy::getSensitiveMode).orElse(ContentPolicy.DEFAULT_MODE);
    }

    @Override
    public SensitiveMode changeMode(SensitiveMode mode) {
        SensitiveMode before = mode();
        repository.policy().ifPresentOrElse(p -> p.change(mode, clock.instant()),
                () -> repository.add(new ContentPolicy(mode, clock.instant())));
        cache.moderationChanged(tenant.requireTenant());
        audit.record("sensitive-word.mode", "sensitive-word", null, before.name(), mode.name());
        return mode;
    }

    @Override
    public Verdict check(String text) {
        LookupCache.Moderation m = cache.moderation(tenant.requireTenant(), () -> {
            List<String> words = repository.allWords();
            return new LookupCache.Moderation(new SensitiveWords(words), mode(), words.isEmpty());
        });
        return new Verdict(m.empty() ? List.of() : m.words().find(text), m.mode());
    }

    @Override
    public Verdict screen(String text) {
        Verdict v = check(text);
        if (v.blocked()) {
            throw new SensitiveContentException(v.words());
        }
        return v;
    }

    private static WordView view(SensitiveWord w) {
        return new WordView(w.getId(), w.getWord(), w.getCreatedAt());
    }
}
