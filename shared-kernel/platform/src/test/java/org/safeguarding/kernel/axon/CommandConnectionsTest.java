package org.safeguarding.kernel.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A command's unit of work hands its database connection back to the pool once. Handed
 * back a second time, after another request has borrowed it, Hikari forgets that
 * request's open statements, and the request's next statement fails (a report answered
 * 500 under load).
 */
class CommandConnectionsTest {

    private final HikariDataSource pool = new HikariDataSource();

    private final Map<Connection, AtomicInteger> closes = new ConcurrentHashMap<>();

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aCommandHandsItsConnectionBackToThePoolOnce() throws Exception {
        pool.setJdbcUrl("jdbc:h2:mem:command-connections");
        DataSource counted = new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                return countingCloses(super.getConnection());
            }
        };
        ConnectionProvider connections = new AxonStorageConfiguration().connectionProvider(counted);
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(counted));

        for (int command = 0; command < 3; command++) {
            var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("report"));
            unitOfWork.attachTransaction(transactions);
            unitOfWork.execute(() -> {
                try (Connection connection = connections.getConnection()) {
                    connection.prepareStatement("select 1").execute();
                }
                catch (SQLException failure) {
                    throw new IllegalStateException(failure);
                }
            });
        }

        List<Integer> closesPerConnection = new ArrayList<>();
        closes.values().forEach(count -> closesPerConnection.add(count.get()));
        assertThat(closesPerConnection).hasSize(3).containsOnly(1);
    }

    private Connection countingCloses(Connection connection) {
        AtomicInteger count = new AtomicInteger();
        Connection counting = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        count.incrementAndGet();
                    }
                    return method.invoke(connection, arguments);
                });
        closes.put(counting, count);
        return counting;
    }

}
