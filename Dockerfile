# Production image: a -Pproduction jar (Vaadin's pre-built bundle, no npm build) on a JRE 21.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
COPY question-banks question-banks
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/thituyen-*.jar /app/thituyen.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/thituyen.jar"]
