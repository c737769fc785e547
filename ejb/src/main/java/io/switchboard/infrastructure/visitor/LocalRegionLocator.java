package io.switchboard.infrastructure.visitor;

import io.switchboard.domain.model.visitor.RegionLocator;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Regions from a local table: {@code SWITCHBOARD_REGION_CSV} names a file of {@code first,last,region} lines (IPv4
 * or IPv6 addresses, e.g. converted from a GeoLite2 or ip2region export); loopback and private addresses are
 * "LAN". Without a file every public address is unknown. Nothing is looked up over the network.
 */
@ApplicationScoped
public class LocalRegionLocator implements RegionLocator {

    private static final Logger LOG = Logger.getLogger(LocalRegionLocator.class.getName());
    static final String LAN = "LAN";
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    @Inject
    SwitchboardSettings settings;

    List<Range> ranges = List.of();

    record Range(BigInteger first, BigInteger last, String region) {
    }

    @PostConstruct
    void load() {
        settings.get("SWITCHBOARD_REGION_CSV").ifPresent(file -> {
            ranges = read(Path.of(file));
            LOG.info(() -> "region table " + file + ": " + ranges.size() + " ranges");
        });
    }

    static List<Range> read(Path file) {
        List<Range> loaded = new ArrayList<>();
        try {
            int line = 0;
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split(",", 3);
                BigInteger first = cells.length == 3 ? number(cells[0].strip()) : null;
                BigInteger last = cells.length == 3 ? number(cells[1].strip()) : null;
                if (first == null || last == null || first.compareTo(last) > 0) {
                    throw new IllegalArgumentException(file + " line " + line + ": expected first,last,region");
                }
                loaded.add(new Range(first, last, cells[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read region table " + file, e);
        }
        loaded.sort(Comparator.comparing(Range::first));
        return List.copyOf(loaded);
    }

    @Override
    public Optional<String> regionOf(String ip) {
        InetAddress address = parse(ip);
        if (address == null) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
            return Optional.of(LAN);
        }
        BigInteger n = new BigInteger(1, address.getAddress());
        int low = 0;
        int high = ranges.size() - 1;
        while (low <= high) { // the last range starting at or before n
            int mid = (low + high) >>> 1;
            if (ranges.get(mid).first().compareTo(n) <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (high >= 0 && ranges.get(high).last().compareTo(n) >= 0) {
            return Optional.of(ranges.get(high).region());
        }
        return Optional.empty();
    }

    /** Only address literals: never a name lookup. */
    private static InetAddress parse(String ip) {
        if (ip == null || !LITERAL.matcher(ip).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static BigInteger number(String ip) {
        InetAddress address = parse(ip);
        return address == null ? null : new BigInteger(1, address.getAddress());
    }
}
